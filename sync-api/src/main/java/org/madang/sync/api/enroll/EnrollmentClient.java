package org.madang.sync.api.enroll;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.sync.api.SyncApi;
import org.madang.sync.api.auth.RequestLine;
import org.madang.sync.api.auth.RequestSigner;
import org.madang.sync.api.tls.TlsFailure;
import org.madang.sync.api.wire.EnrollmentRequest;
import org.madang.sync.api.wire.EnrollmentResponse;
import org.madang.sync.api.wire.ProblemCode;
import org.madang.sync.api.wire.ServerTime;
import org.madang.sync.api.wire.WireJson;

/**
 * Enrolls a device key with its central (decision 0010), on the JDK's HTTP client so that both
 * {@code device-config provision} and the sync agent use it without another HTTP library:
 * measures the clock first (a fresh Pi's clock may be far off), posts the request signed by the
 * key being enrolled, retries once on {@code CLOCK_SKEW} (re-measured) and on {@code REPLAYED}
 * (new nonce), and, when a central key is pinned, refuses an answer that key did not sign
 * ({@link AnswerSignature}).
 */
public final class EnrollmentClient implements AutoCloseable {

    /** What the central registered, and the clock offset measured on the way. */
    public record Enrolled(EnrollmentResponse response, long clockOffsetMillis) {
    }

    private final HttpClient http;
    private final URI centralUrl;
    private final Duration responseTimeout;
    private final Clock deviceClock;
    private final SecureRandom random;

    /**
     * A client of the central at {@code centralUrl} whose TLS trusts {@code pinnedCa}'s context
     * when given, the system's trust store otherwise.
     *
     * @param deviceClock the device's clock (corrected by the measured offset for signing)
     */
    public EnrollmentClient(URI centralUrl, Duration connectTimeout, Duration responseTimeout, Clock deviceClock,
            SecureRandom random, Optional<SSLContext> pinnedCa) {
        String text = centralUrl.toString();
        this.centralUrl = text.endsWith("/") ? centralUrl : URI.create(text + "/");
        this.responseTimeout = Objects.requireNonNull(responseTimeout, "responseTimeout");
        this.deviceClock = Objects.requireNonNull(deviceClock, "deviceClock");
        this.random = Objects.requireNonNull(random, "random");
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1);
        pinnedCa.ifPresent(builder::sslContext);
        this.http = builder.build();
    }

    /**
     * Enrolls {@code key} with the request's code.
     *
     * @param centralKey the key the answer must be signed with, or empty to accept an unsigned answer
     *     (the agent's manual {@code enroll --code}, whose central is configured by hand)
     * @throws EnrollmentException when the central cannot be reached, refuses, or is not the pinned one
     */
    public Enrolled enroll(EnrollmentRequest request, Ed25519KeyPair key, Optional<Ed25519PublicKey> centralKey)
            throws EnrollmentException {
        long offset = measureClock();
        byte[] body = json(request);
        String path = centralUrl.getRawPath().replaceAll("/$", "") + SyncApi.ENROLLMENTS;
        boolean remeasured = false;
        boolean renonced = false;
        while (true) {
            RequestSigner signer = new RequestSigner(key, Clock.offset(deviceClock, Duration.ofMillis(offset)), random);
            Map<String, String> headers = signer.headers(new RequestLine("POST", path, Optional.empty(), Optional.of(body)));
            HttpRequest.Builder builder = HttpRequest.newBuilder(centralUrl.resolve(path)).timeout(responseTimeout)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(builder::header);
            HttpResponse<byte[]> answer = send(builder.build());
            int status = answer.statusCode();
            if (status / 100 == 2) {
                if (centralKey.isPresent() && !AnswerSignature.verifies(centralKey.get(),
                        answer.headers().firstValue(AnswerSignature.HEADER), body, answer.body())) {
                    throw new EnrollmentException(EnrollmentException.Kind.WRONG_CENTRAL_KEY, status, Optional.empty(),
                            "the enrollment answer from " + centralUrl + " is not signed by the central key "
                                    + KeyFingerprint.of(centralKey.get()) + " that the enrollment QR names"
                                    + (answer.headers().firstValue(AnswerSignature.HEADER).isEmpty()
                                            ? " (no " + AnswerSignature.HEADER + " header)" : ""), null);
                }
                return new Enrolled(parse(answer, EnrollmentResponse.class, "the enrollment answer"), offset);
            }
            Optional<JsonNode> problem = problem(answer);
            Optional<ProblemCode> code = problem.flatMap(EnrollmentClient::code);
            if (code.equals(Optional.of(ProblemCode.CLOCK_SKEW)) && !remeasured) {
                remeasured = true;
                offset = measureClock();
                continue;
            }
            if (code.equals(Optional.of(ProblemCode.REPLAYED)) && !renonced) {
                renonced = true;
                continue;
            }
            String detail = problem.map(p -> p.path("detail").asText("")).filter(d -> !d.isEmpty())
                    .orElseGet(() -> "HTTP " + status);
            if (status >= 500 || status == 429 || status < 200 || (status >= 300 && status < 400)) {
                throw new EnrollmentException(EnrollmentException.Kind.SERVER_ERROR, status, Optional.empty(),
                        "central answered HTTP " + status + ": " + detail, null);
            }
            throw new EnrollmentException(EnrollmentException.Kind.REFUSED, status, code, detail, null);
        }
    }

    /** Central time minus device time, by {@code GET /api/v1/time} (unsigned). */
    private long measureClock() throws EnrollmentException {
        long before = deviceClock.millis();
        HttpResponse<byte[]> answer = send(HttpRequest.newBuilder(centralUrl.resolve(
                centralUrl.getRawPath().replaceAll("/$", "") + SyncApi.TIME)).timeout(responseTimeout).GET().build());
        long after = deviceClock.millis();
        if (answer.statusCode() != 200) {
            throw new EnrollmentException(answer.statusCode() >= 500 ? EnrollmentException.Kind.SERVER_ERROR
                    : EnrollmentException.Kind.GARBLED_ANSWER, answer.statusCode(), Optional.empty(),
                    "GET " + SyncApi.TIME + " answered HTTP " + answer.statusCode(), null);
        }
        ServerTime time = parse(answer, ServerTime.class, "the time");
        return time.epochMillis() - (before + after) / 2;
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws EnrollmentException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new EnrollmentException(EnrollmentException.Kind.TIMEOUT, 0, Optional.empty(),
                    request.method() + " " + request.uri() + " timed out: " + e.getMessage(), e);
        } catch (IOException e) {
            String what = request.method() + " " + request.uri();
            throw switch (TlsFailure.kindOf(e)) {
                case CERTIFICATE_DATES -> new EnrollmentException(EnrollmentException.Kind.CERTIFICATE_DATES, 0,
                        Optional.empty(), what + ": the central's TLS certificate is not valid at this machine's time"
                                + " (or this machine's clock is wrong): " + e, e);
                case UNTRUSTED_CERTIFICATE -> new EnrollmentException(EnrollmentException.Kind.UNTRUSTED_CERTIFICATE, 0,
                        Optional.empty(), what + ": the central's TLS certificate was not accepted: " + e, e);
                case NOT_THE_CERTIFICATE -> new EnrollmentException(EnrollmentException.Kind.NETWORK, 0, Optional.empty(),
                        what + " failed: " + e, e);
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnrollmentException(EnrollmentException.Kind.NETWORK, 0, Optional.empty(),
                    request.method() + " " + request.uri() + " was interrupted", e);
        }
    }

    private static Optional<JsonNode> problem(HttpResponse<byte[]> answer) {
        if (answer.statusCode() < 400 || answer.body().length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode tree = WireJson.MAPPER.readTree(answer.body());
            return tree != null && tree.isObject() && tree.has("code") ? Optional.of(tree) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<ProblemCode> code(JsonNode problem) {
        try {
            return Optional.of(ProblemCode.valueOf(problem.path("code").asText("")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static <T> T parse(HttpResponse<byte[]> answer, Class<T> type, String what) throws EnrollmentException {
        try {
            return WireJson.MAPPER.readValue(answer.body(), type);
        } catch (IOException | RuntimeException e) {
            throw new EnrollmentException(EnrollmentException.Kind.GARBLED_ANSWER, answer.statusCode(), Optional.empty(),
                    what + " (HTTP " + answer.statusCode() + ", " + answer.body().length + " bytes) is not readable: "
                            + new String(answer.body(), 0, Math.min(120, answer.body().length), StandardCharsets.UTF_8),
                    e);
        }
    }

    private static byte[] json(Object value) {
        try {
            return WireJson.MAPPER.writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("wire records always serialise", e);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
