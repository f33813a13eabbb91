package org.madang.sync.agent.central;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.sync.api.SyncApi;
import org.madang.sync.api.auth.RequestLine;
import org.madang.sync.api.auth.RequestSigner;
import org.madang.sync.api.wire.Heartbeat;
import org.madang.sync.api.wire.ProblemCode;
import org.madang.sync.api.wire.ServerTime;
import org.madang.sync.api.wire.UploadResult;
import org.madang.sync.api.wire.WireJson;
import org.madang.sync.api.tls.TlsFailure;
import org.madang.sync.agent.retry.RetryAfter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sync API v1 as the device speaks it: signs every request but the time with the device key and
 * the device clock corrected by the measured offset, and turns every answer into a result or a
 * {@link CentralException}. Re-measures the clock and retries once on {@code CLOCK_SKEW}; retries
 * once with a fresh nonce on {@code REPLAYED}. Never retries anything else: the caller's backoff
 * decides. Thread-safe if the transport is.
 */
public final class CentralClient {

    private static final Logger LOG = LoggerFactory.getLogger(CentralClient.class);
    private static final String JSON = "application/json";

    private final Transport transport;
    private final String pathPrefix;
    private final Ed25519KeyPair key;
    private final Clock deviceClock;
    private final SecureRandom random;
    private final AtomicLong offsetMillis;

    /**
     * A client of the central at {@code centralUrl} (ending in '/').
     *
     * @param initialOffsetMillis the offset last measured, used until the next measurement
     */
    public CentralClient(Transport transport, URI centralUrl, Ed25519KeyPair key, Clock deviceClock,
            SecureRandom random, long initialOffsetMillis) {
        this.transport = Objects.requireNonNull(transport, "transport");
        String path = centralUrl.getRawPath() == null || centralUrl.getRawPath().isEmpty() ? "/" : centralUrl.getRawPath();
        this.pathPrefix = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.key = Objects.requireNonNull(key, "key");
        this.deviceClock = Objects.requireNonNull(deviceClock, "deviceClock");
        this.random = Objects.requireNonNull(random, "random");
        this.offsetMillis = new AtomicLong(initialOffsetMillis);
    }

    /** Central time minus device time, as last measured. */
    public long clockOffsetMillis() {
        return offsetMillis.get();
    }

    /** Measures the clock offset with {@code GET /api/v1/time} and uses it for signing from now on. */
    public ClockMeasurement measureClock() throws CentralException {
        long before = deviceClock.millis();
        Answer answer = send(new Request("GET", path(SyncApi.TIME), Map.of(), Optional.empty(), JSON, Optional.empty()));
        long after = deviceClock.millis();
        if (answer.status() != 200) {
            throw failure(answer);
        }
        ServerTime time = parse(answer, ServerTime.class, "the time");
        ClockMeasurement measurement = ClockMeasurement.of(before, after, time.epochMillis());
        offsetMillis.set(measurement.offsetMillis());
        return measurement;
    }

    /**
     * Uploads a gzip body ({@code UploadBatch.encode()}).
     *
     * @return the central's answer for 200, 409 and 422 alike (rejections are in it)
     */
    public UploadResult upload(byte[] gzipBody) throws CentralException {
        Answer answer = signed("POST", SyncApi.RECORDS, Map.of(), Optional.of(gzipBody), Optional.of("gzip"));
        if (answer.status() == 200 || ((answer.status() == 409 || answer.status() == 422) && !isProblem(answer))) {
            UploadResult result = parse(answer, UploadResult.class, "the upload answer");
            if (result.storedThrough() < 0 || (answer.status() != 200) == result.rejected().isEmpty()) {
                throw new CentralUnavailableException(CentralUnavailableException.Kind.GARBLED_ANSWER,
                        "the upload answer (HTTP " + answer.status() + ") is inconsistent: storedThrough "
                                + result.storedThrough() + ", " + result.rejected().size() + " rejected",
                        Optional.empty(), null);
            }
            return result;
        }
        throw failure(answer);
    }

    /** Asks for the current content bundle, conditionally on the ETag of the installed one. */
    public ContentAnswer content(Optional<String> etag) throws CentralException {
        Map<String, String> headers = etag.map(e -> Map.of("If-None-Match", e)).orElse(Map.of());
        Answer answer = signed("GET", SyncApi.CONTENT, headers, Optional.empty(), Optional.empty());
        return switch (answer.status()) {
            case 200 -> new ContentAnswer.Bundle(answer.body(), answer.header("ETag"));
            case 304 -> new ContentAnswer.NotModified();
            case 404 -> new ContentAnswer.NothingPublished();
            default -> throw failure(answer);
        };
    }

    /** Reports the device's health. */
    public void heartbeat(Heartbeat heartbeat) throws CentralException {
        Answer answer = signed("POST", SyncApi.HEARTBEAT, Map.of(), Optional.of(json(heartbeat)), Optional.empty());
        if (answer.status() / 100 != 2) {
            throw failure(answer);
        }
    }

    private Answer signed(String method, String apiPath, Map<String, String> extraHeaders, Optional<byte[]> body,
            Optional<String> encoding) throws CentralException {
        String path = path(apiPath);
        boolean remeasured = false;
        boolean renonced = false;
        while (true) {
            Clock corrected = Clock.offset(deviceClock, Duration.ofMillis(offsetMillis.get()));
            RequestSigner signer = new RequestSigner(key, corrected, random);
            Map<String, String> headers = new HashMap<>(extraHeaders);
            headers.putAll(signer.headers(new RequestLine(method, path, Optional.empty(), body)));
            Answer answer = send(new Request(method, path, headers, body, JSON, encoding));
            Optional<ProblemCode> code = problemCode(answer);
            if (code.equals(Optional.of(ProblemCode.CLOCK_SKEW)) && !remeasured) {
                remeasured = true;
                ClockMeasurement measurement = measureClock();
                LOG.warn("central said the request's time was off (CLOCK_SKEW); clock offset re-measured: {} ms; retrying",
                        measurement.offsetMillis());
                continue;
            }
            if (code.equals(Optional.of(ProblemCode.REPLAYED)) && !renonced) {
                renonced = true;
                LOG.warn("central said the request's nonce was used before (REPLAYED); retrying with a new nonce");
                continue;
            }
            return answer;
        }
    }

    private Answer send(Request request) throws CentralUnavailableException {
        try {
            return transport.exchange(request);
        } catch (SocketTimeoutException e) {
            throw new CentralUnavailableException(CentralUnavailableException.Kind.TIMEOUT,
                    request.method() + " " + request.path() + " timed out: " + e.getMessage(), Optional.empty(), e);
        } catch (IOException e) {
            String what = request.method() + " " + request.path();
            // The transport reports connect timeouts as SocketTimeoutException too; the rest is the network.
            throw switch (TlsFailure.kindOf(e)) {
                case CERTIFICATE_DATES -> new CentralUnavailableException(CentralUnavailableException.Kind.CERTIFICATE_DATES,
                        what + ": the central's TLS certificate is not valid at this terminal's time: " + e,
                        Optional.empty(), e);
                case UNTRUSTED_CERTIFICATE -> new CentralUnavailableException(
                        CentralUnavailableException.Kind.UNTRUSTED_CERTIFICATE,
                        what + ": the central's TLS certificate was not accepted: " + e, Optional.empty(), e);
                case NOT_THE_CERTIFICATE -> new CentralUnavailableException(CentralUnavailableException.Kind.NETWORK,
                        what + " failed: " + e, Optional.empty(), e);
            };
        }
    }

    private String path(String apiPath) {
        return pathPrefix + apiPath;
    }

    private CentralException failure(Answer answer) {
        int status = answer.status();
        Optional<JsonNode> problem = problemTree(answer);
        String detail = problem.map(p -> p.path("detail").asText("")).filter(d -> !d.isEmpty())
                .orElseGet(() -> "HTTP " + status + (answer.body().length == 0 ? ""
                        : ": " + new String(answer.body(), 0, Math.min(200, answer.body().length),
                                java.nio.charset.StandardCharsets.UTF_8)));
        if (status >= 500 || status == 429 || status < 200 || (status >= 300 && status < 400)) {
            return new CentralUnavailableException(CentralUnavailableException.Kind.SERVER_ERROR,
                    "central answered HTTP " + status + ": " + detail,
                    RetryAfter.parse(answer.header("Retry-After").orElse(null), deviceClock.instant()), null);
        }
        return new CentralRefusedException(status, problemCode(answer), detail);
    }

    private static boolean isProblem(Answer answer) {
        return problemTree(answer).isPresent();
    }

    private static Optional<ProblemCode> problemCode(Answer answer) {
        if (answer.status() < 400) {
            return Optional.empty();
        }
        return problemTree(answer).flatMap(tree -> {
            try {
                return Optional.of(ProblemCode.valueOf(tree.path("code").asText("")));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<JsonNode> problemTree(Answer answer) {
        if (answer.status() < 400 || answer.body().length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode tree = WireJson.MAPPER.readTree(answer.body());
            return tree != null && tree.isObject() && tree.has("code") && !tree.has("storedThrough")
                    ? Optional.of(tree) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static <T> T parse(Answer answer, Class<T> type, String what) throws CentralUnavailableException {
        try {
            return WireJson.MAPPER.readValue(answer.body(), type);
        } catch (IOException | RuntimeException e) {
            throw new CentralUnavailableException(CentralUnavailableException.Kind.GARBLED_ANSWER,
                    what + " (HTTP " + answer.status() + ", " + answer.body().length + " bytes) is not readable: "
                            + e.getMessage(), Optional.empty(), e);
        }
    }

    private static byte[] json(Object value) {
        try {
            return WireJson.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("wire records always serialise", e);
        }
    }
}
