package org.madang.central.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.madang.central.Central;
import org.madang.central.enroll.Enrollments;
import org.madang.central.errors.CentralRefusal;
import org.madang.central.store.DeviceRow;
import org.madang.central.store.Publication;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.sync.api.SyncApi;
import org.madang.sync.api.auth.AuthException;
import org.madang.sync.api.enroll.AnswerSignature;
import org.madang.sync.api.auth.RequestLine;
import org.madang.sync.api.auth.RequestVerifier;
import org.madang.sync.api.wire.EnrollmentRequest;
import org.madang.sync.api.wire.Heartbeat;
import org.madang.sync.api.wire.ProblemCode;
import org.madang.sync.api.wire.ServerTime;
import org.madang.sync.api.wire.UploadBatch;
import org.madang.sync.api.wire.UploadResult;
import org.madang.sync.api.wire.WireFormatException;
import org.madang.sync.api.wire.WireJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Sync API v1 endpoints devices call (decision 0010). */
public final class DeviceApi {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceApi.class);

    /** Enrollment and heartbeat bodies are a few hundred bytes. */
    private static final int MAX_SMALL_BODY = 64 * 1024;

    private final Central central;
    private final Clock clock;
    private final RequestVerifier verifier;
    private final UploadAdmission admission;

    /** The device endpoints of {@code central}, with uploads admitted by {@code admission}. */
    public DeviceApi(Central central, UploadAdmission admission) {
        this.central = central;
        this.admission = admission;
        this.clock = central.clock();
        this.verifier = new RequestVerifier(clock, central.nonceLedger());
    }

    /** {@code POST /api/v1/enrollments}: signed by the key it enrolls (proof of possession). */
    public void enroll(Context ctx) throws IOException, AuthException {
        byte[] body = body(ctx, MAX_SMALL_BODY);
        EnrollmentRequest request = parse(body, EnrollmentRequest.class, "enrollment request");
        Ed25519PublicKey key;
        try {
            key = Ed25519PublicKey.ofJwkX(request.publicKey());
        } catch (IllegalArgumentException e) {
            throw new CentralRefusal(ProblemCode.MALFORMED_REQUEST, "publicKey is not an Ed25519 key: " + e.getMessage());
        }
        try {
            verifier.verify(line(ctx, Optional.of(body)), ctx::header,
                    kid -> kid.equals(key.keyId()) ? Optional.of(key) : Optional.empty());
        } catch (AuthException e) {
            if (e.code() == ProblemCode.DEVICE_NOT_ENROLLED) {
                throw new AuthException(ProblemCode.SIGNATURE_INVALID, "an enrollment must be signed by the key it enrolls ("
                        + key.keyId() + ")");
            }
            throw e;
        }
        Enrollments.Enrolled enrolled = central.enroll(request);
        byte[] answer = Json.bytes(enrolled.response());
        // Signed with the central's key, which a terminal provisioned from an enrollment QR pins.
        ctx.header(AnswerSignature.HEADER, AnswerSignature.sign(central.home().signingKey(),
                central.home().signingKeyId(), body, answer));
        ctx.status(enrolled.created() ? 201 : 200);
        ctx.contentType("application/json");
        ctx.result(answer);
    }

    /** {@code POST /api/v1/records}: gzip JSON, per-record verdicts. */
    public void records(Context ctx) throws IOException, AuthException {
        byte[] body = body(ctx, SyncApi.MAX_UPLOAD_BYTES);
        DeviceRow device = authenticate(ctx, Optional.of(body));
        UploadBatch batch;
        try {
            batch = UploadBatch.decode(body, SyncApi.MAX_INFLATED_BYTES);
        } catch (WireFormatException e) {
            throw new CentralRefusal(ProblemCode.MALFORMED_REQUEST, e.getMessage());
        }
        if (!batch.deviceId().equals(device.deviceId())) {
            throw new CentralRefusal(ProblemCode.DEVICE_MISMATCH, "the request is signed by device " + device.deviceId()
                    + "'s key but uploads for device " + batch.deviceId());
        }
        UploadResult result = admission.admit(() -> central.ingest(batch.deviceId(), batch.journalId(), batch.records(),
                Central.SOURCE_UPLOAD));
        Json.answer(ctx, result.httpStatus(), result);
    }

    /** {@code GET /api/v1/content}: the newest bundle, with its version as the ETag. */
    public void content(Context ctx) throws AuthException {
        authenticate(ctx, Optional.empty());
        Optional<Publication> latest = central.latestContent();
        if (latest.isEmpty()) {
            throw new CentralRefusal(ProblemCode.NO_CONTENT_PUBLISHED, "nothing has been published yet");
        }
        String etag = "\"" + latest.get().version() + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-cache");
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            ctx.status(304);
            return;
        }
        ctx.status(200);
        ctx.contentType(SyncApi.JOSE_MEDIA_TYPE);
        ctx.result(latest.get().jws());
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** {@code GET /api/v1/time}: unsigned, never cached. */
    public void time(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        Json.answer(ctx, 200, new ServerTime(clock.millis()));
    }

    /** {@code POST /api/v1/heartbeat}: 204. */
    public void heartbeat(Context ctx) throws IOException, AuthException {
        byte[] body = body(ctx, MAX_SMALL_BODY);
        DeviceRow device = authenticate(ctx, Optional.of(body));
        Heartbeat heartbeat = parse(body, Heartbeat.class, "heartbeat");
        if (!heartbeat.deviceId().equals(device.deviceId())) {
            throw new CentralRefusal(ProblemCode.DEVICE_MISMATCH, "the request is signed by device " + device.deviceId()
                    + "'s key but reports for device " + heartbeat.deviceId());
        }
        central.heartbeat(heartbeat);
        ctx.status(204);
    }

    private DeviceRow authenticate(Context ctx, Optional<byte[]> body) throws AuthException {
        AtomicReference<DeviceRow> device = new AtomicReference<>();
        verifier.verify(line(ctx, body), ctx::header, kid -> central.deviceByKeyId(kid).map(row -> {
            device.set(row);
            return row.key();
        }));
        return device.get();
    }

    private static RequestLine line(Context ctx, Optional<byte[]> body) {
        return new RequestLine(ctx.method().name(), ctx.path(), Optional.ofNullable(ctx.queryString()), body);
    }

    /** Reads at most {@code limit} bytes; more is {@code TOO_LARGE} before anything is parsed. */
    static byte[] body(Context ctx, int limit) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(declared, limit);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw tooLarge(bytes.length, limit);
            }
            return bytes;
        }
    }

    private static CentralRefusal tooLarge(long size, int limit) {
        LOG.warn("refused a body of {} bytes (limit {})", size, limit);
        return new CentralRefusal(ProblemCode.TOO_LARGE, "the body has " + (size > limit ? "more than " + limit : size)
                + " bytes; the limit is " + limit + " (send fewer records per request)");
    }

    private static <T> T parse(byte[] body, Class<T> type, String what) {
        try {
            return WireJson.MAPPER.readValue(body, type);
        } catch (IOException e) {
            throw new CentralRefusal(ProblemCode.MALFORMED_REQUEST, "the " + what + " is not the documented JSON: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
