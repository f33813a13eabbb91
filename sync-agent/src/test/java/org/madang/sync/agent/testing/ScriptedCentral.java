package org.madang.sync.agent.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.madang.journal.JournalRecord;
import org.madang.journal.chain.RecordHasher;
import org.madang.journal.chain.Sha256;
import org.madang.journal.chain.SignatureCheck;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.sync.api.SyncApi;
import org.madang.sync.api.auth.AuthException;
import org.madang.sync.api.auth.RequestLine;
import org.madang.sync.api.auth.RequestVerifier;
import org.madang.sync.api.wire.EnrollmentRequest;
import org.madang.sync.api.wire.EnrollmentResponse;
import org.madang.sync.api.wire.Heartbeat;
import org.madang.sync.api.wire.Problem;
import org.madang.sync.api.wire.ProblemCode;
import org.madang.sync.api.wire.RecordVerdict;
import org.madang.sync.api.wire.RejectReason;
import org.madang.sync.api.wire.ServerTime;
import org.madang.sync.api.wire.UploadBatch;
import org.madang.sync.api.wire.UploadResult;
import org.madang.sync.api.wire.WireFormatException;
import org.madang.sync.api.wire.WireJson;

/**
 * A central that speaks Sync API v1 well enough for the agent's tests (JDK HttpServer on
 * 127.0.0.1:0): verifies request signatures, stores records by the decision-0010 rules (duplicates,
 * conflicts, gaps, hashes, chain, signatures), and can be scripted to fail the next upload requests in given ways.
 */
public final class ScriptedCentral implements AutoCloseable {

    /** What to do to one upload request. */
    public sealed interface Fault {
    }

    /** Answer 500 without storing. */
    public record Fail500() implements Fault {
    }

    /** Answer 503 with this Retry-After header, without storing. */
    public record Unavailable(String retryAfter) implements Fault {
    }

    /**
     * Store, then answer only once the test counts {@code release} down (after the client gave up), so
     * the stall outlasts the client's response timeout however slow the machine. {@code atMost} bounds
     * it for a client that never gives up: its test then gets the answer and fails instead of hanging.
     */
    public record StallAfterStore(CountDownLatch release, Duration atMost) implements Fault {
    }

    /** Store, then drop the connection without an answer. */
    public record DropAfterStore() implements Fault {
    }

    /** Store, then answer 200 with a body cut in the middle. */
    public record GarbledAfterStore() implements Fault {
    }

    /** Store only the first {@code count} records of the batch and answer 200 with that storedThrough. */
    public record StoreOnly(int count) implements Fault {
    }

    /** Forget everything after {@code seq} first (a restore from backup), then handle the request. */
    public record Forget(long seq) implements Fault {
    }

    /** Answer this problem without storing. */
    public record Refuse(ProblemCode code) implements Fault {
    }

    private final HttpServer server;
    private final URI url;
    private final String prefix;
    private final RequestVerifier verifier;
    private final Map<String, Ed25519PublicKey> enrolled = new ConcurrentHashMap<>();
    private final Map<String, Instant> nonces = new ConcurrentHashMap<>();
    private final List<JournalRecord> stored = new ArrayList<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final List<Heartbeat> heartbeats = new ArrayList<>();
    private final Map<String, ProblemCode> enrollmentCodes = new ConcurrentHashMap<>();
    private final AtomicInteger uploads = new AtomicInteger();
    private final AtomicInteger duplicatesSeen = new AtomicInteger();
    private volatile long rejectSeq = -1;
    private volatile RejectReason rejectReason = RejectReason.BAD_SIGNATURE;
    private volatile byte[] bundle;
    private volatile String etag;
    private volatile Clock clock = Clock.systemUTC();

    private ScriptedCentral(String prefix) throws IOException {
        this.prefix = prefix;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.server.setExecutor(Executors.newFixedThreadPool(4));
        this.server.createContext("/", this::handle);
        this.server.start();
        this.url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + prefix + "/");
        this.verifier = new RequestVerifier(Clock.systemUTC(), (keyId, nonce, at) -> nonces.putIfAbsent(keyId + nonce, at) == null);
    }

    /** A central at http://127.0.0.1:PORT/madang/. */
    public static ScriptedCentral start() throws IOException {
        return new ScriptedCentral("/madang");
    }

    /** The base URL a profile's centralUrl takes. */
    public URI url() {
        return url;
    }

    /** Accepts requests signed by this key. */
    public ScriptedCentral enrol(Ed25519PublicKey key) {
        enrolled.put(key.keyId(), key);
        return this;
    }

    /** Scripts the next upload requests, in order. */
    public synchronized ScriptedCentral then(Fault... next) {
        faults.addAll(List.of(next));
        return this;
    }

    /** Refuses the record with this seq (and everything after it in the batch). */
    public ScriptedCentral reject(long seq, RejectReason reason) {
        this.rejectReason = reason;
        this.rejectSeq = seq;
        return this;
    }

    /** Stops refusing. */
    public ScriptedCentral stopRejecting() {
        this.rejectSeq = -1;
        return this;
    }

    /** Publishes a content bundle with ETag "version". */
    public ScriptedCentral publish(byte[] jws, int version) {
        this.bundle = jws;
        this.etag = "\"" + version + "\"";
        return this;
    }

    /** Makes the central's clock differ from the device's. */
    public ScriptedCentral clockOffset(Duration offset) {
        this.clock = Clock.offset(Clock.systemUTC(), offset);
        return this;
    }

    /** An enrollment code the central accepts (null) or refuses with a problem. */
    public ScriptedCentral enrollmentCode(String code, ProblemCode refusal) {
        enrollmentCodes.put(code, refusal == null ? ProblemCode.NOT_FOUND : refusal);
        return this;
    }

    public synchronized List<JournalRecord> stored() {
        return List.copyOf(stored);
    }

    public synchronized List<Heartbeat> heartbeats() {
        return List.copyOf(heartbeats);
    }

    public int uploads() {
        return uploads.get();
    }

    public int duplicatesSeen() {
        return duplicatesSeen.get();
    }

    public boolean isEnrolled(String keyId) {
        return enrolled.containsKey(keyId);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (!path.startsWith(prefix + "/")) {
                problem(exchange, ProblemCode.NOT_FOUND, "no such path " + path);
                return;
            }
            String api = path.substring(prefix.length());
            byte[] body = exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestMethod();
            if (api.equals(SyncApi.TIME) && method.equals("GET")) {
                json(exchange, 200, new ServerTime(clock.millis()));
                return;
            }
            if (api.equals(SyncApi.ENROLLMENTS) && method.equals("POST")) {
                enrollment(exchange, path, body);
                return;
            }
            String signer;
            try {
                RequestLine line = new RequestLine(method, path, Optional.empty(),
                        body.length == 0 ? Optional.empty() : Optional.of(body));
                signer = verifier.verify(line, name -> exchange.getRequestHeaders().getFirst(name),
                        keyId -> Optional.ofNullable(enrolled.get(keyId)));
            } catch (AuthException e) {
                problem(exchange, e.code(), e.getMessage());
                return;
            }
            switch (api) {
                case SyncApi.RECORDS -> upload(exchange, body, enrolled.get(signer));
                case SyncApi.CONTENT -> content(exchange);
                case SyncApi.HEARTBEAT -> {
                    synchronized (this) {
                        heartbeats.add(WireJson.MAPPER.readValue(body, Heartbeat.class));
                    }
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> problem(exchange, ProblemCode.NOT_FOUND, "no such path " + path);
            }
        } catch (IOException | RuntimeException e) {
            // A client that gave up (stall) or a dropped connection: nothing to answer.
        }
    }

    private void upload(HttpExchange exchange, byte[] body, Ed25519PublicKey deviceKey) throws IOException {
        uploads.incrementAndGet();
        Fault fault;
        synchronized (this) {
            fault = faults.poll();
            if (fault instanceof Forget forget) {
                while (stored.size() > forget.seq()) {
                    stored.removeLast();
                }
                fault = null;
            }
        }
        if (fault instanceof Fail500) {
            byte[] text = "internal error".getBytes();
            exchange.sendResponseHeaders(500, text.length);
            exchange.getResponseBody().write(text);
            return;
        }
        if (fault instanceof Unavailable unavailable) {
            exchange.getResponseHeaders().add("Retry-After", unavailable.retryAfter());
            problem(exchange, ProblemCode.UNAVAILABLE, "maintenance");
            return;
        }
        if (fault instanceof Refuse refuse) {
            problem(exchange, refuse.code(), "scripted refusal");
            return;
        }
        UploadBatch batch;
        try {
            batch = UploadBatch.decode(body, SyncApi.MAX_INFLATED_BYTES);
        } catch (WireFormatException e) {
            problem(exchange, ProblemCode.MALFORMED_REQUEST, e.getMessage());
            return;
        }
        int limit = fault instanceof StoreOnly only ? only.count() : Integer.MAX_VALUE;
        UploadResult result = store(batch, limit, deviceKey);
        switch (fault) {
            case DropAfterStore drop -> {
                return; // closing the exchange without headers drops the connection
            }
            case StallAfterStore stall -> {
                try {
                    stall.release().await(stall.atMost().toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            case GarbledAfterStore garbled -> {
                byte[] whole = WireJson.MAPPER.writeValueAsBytes(result);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, whole.length / 2);
                exchange.getResponseBody().write(whole, 0, whole.length / 2);
                return;
            }
            case null, default -> {
            }
        }
        json(exchange, result.httpStatus(), result);
    }

    /**
     * Stores by the real central's order of checks (decision 0010, {@code ChainVerifier}): gap, the
     * hash recomputed from the fields, the link, the key, the signature with the requesting device's key.
     */
    private synchronized UploadResult store(UploadBatch batch, int limit, Ed25519PublicKey deviceKey) {
        int newlyStored = 0;
        int duplicates = 0;
        List<RecordVerdict> rejected = new ArrayList<>();
        for (JournalRecord record : batch.records()) {
            if (!rejected.isEmpty()) {
                rejected.add(new RecordVerdict(record.seq(), record.id(), RejectReason.AFTER_REJECTED, "an earlier record was refused"));
                continue;
            }
            long storedThrough = stored.size();
            if (record.seq() <= storedThrough) {
                JournalRecord existing = stored.get((int) record.seq() - 1);
                if (existing.id().equals(record.id()) && existing.hash().equals(record.hash())) {
                    duplicates++;
                    duplicatesSeen.incrementAndGet();
                } else {
                    rejected.add(new RecordVerdict(record.seq(), record.id(), RejectReason.CONFLICT, "seq taken by another record"));
                }
                continue;
            }
            if (newlyStored >= limit) {
                break;
            }
            Sha256 previous = storedThrough == 0 ? RecordHasher.genesis(batch.journalId()) : stored.getLast().hash();
            if (record.seq() != storedThrough + 1) {
                rejected.add(new RecordVerdict(record.seq(), record.id(), RejectReason.GAP,
                        "record " + (storedThrough + 1) + " is missing"));
            } else if (!RecordHasher.hash(record.seq(), record.id(), record.kind(), record.body(), record.clock(),
                    record.prevHash(), record.keyId()).equals(record.hash())) {
                rejected.add(new RecordVerdict(record.seq(), record.id(), RejectReason.HASH_MISMATCH,
                        "the hash is not the hash of the record's fields"));
            } else if (!record.prevHash().equals(previous)) {
                rejected.add(new RecordVerdict(record.seq(), record.id(), RejectReason.CHAIN_BROKEN, "prevHash does not match"));
            } else if (!record.keyId().equals(deviceKey.keyId())) {
                rejected.add(new RecordVerdict(record.seq(), record.id(), RejectReason.UNKNOWN_KEY,
                        "signed by key " + record.keyId() + ", not the device's " + deviceKey.keyId()));
            } else if (!SignatureCheck.DIRECT.verifies(record, deviceKey)) {
                rejected.add(new RecordVerdict(record.seq(), record.id(), RejectReason.BAD_SIGNATURE,
                        "the signature does not verify with key " + deviceKey.keyId()));
            } else if (record.seq() == rejectSeq) {
                rejected.add(new RecordVerdict(record.seq(), record.id(), rejectReason, "scripted rejection"));
            } else {
                stored.add(record);
                newlyStored++;
            }
        }
        return new UploadResult(stored.size(), newlyStored, duplicates, rejected);
    }

    private void content(HttpExchange exchange) throws IOException {
        byte[] current = bundle;
        if (current == null) {
            problem(exchange, ProblemCode.NO_CONTENT_PUBLISHED, "nothing published");
            return;
        }
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        exchange.getResponseHeaders().add("ETag", etag);
        exchange.getResponseHeaders().add("Content-Type", SyncApi.JOSE_MEDIA_TYPE);
        exchange.sendResponseHeaders(200, current.length);
        exchange.getResponseBody().write(current);
    }

    private void enrollment(HttpExchange exchange, String path, byte[] body) throws IOException {
        EnrollmentRequest request = WireJson.MAPPER.readValue(body, EnrollmentRequest.class);
        Ed25519PublicKey key = Ed25519PublicKey.ofJwkX(request.publicKey());
        try {
            verifier.verify(RequestLine.withBody("POST", path, body), name -> exchange.getRequestHeaders().getFirst(name),
                    keyId -> keyId.equals(key.keyId()) ? Optional.of(key) : Optional.empty());
        } catch (AuthException e) {
            problem(exchange, e.code(), e.getMessage());
            return;
        }
        ProblemCode verdict = enrollmentCodes.getOrDefault(request.code(), ProblemCode.ENROLLMENT_CODE_INVALID);
        if (verdict != ProblemCode.NOT_FOUND) {
            problem(exchange, verdict, "scripted: code " + request.code());
            return;
        }
        enrollmentCodes.remove(request.code());
        enrolled.put(key.keyId(), key);
        json(exchange, 201, new EnrollmentResponse(request.deviceId(), request.siteCode(), List.of("checkin", "vote"),
                key.keyId(), clock.instant().toString()));
    }

    private static void problem(HttpExchange exchange, ProblemCode code, String detail) throws IOException {
        byte[] bytes = WireJson.MAPPER.writeValueAsBytes(Problem.of(code, detail));
        exchange.getResponseHeaders().add("Content-Type", SyncApi.PROBLEM_MEDIA_TYPE);
        exchange.sendResponseHeaders(code.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void json(HttpExchange exchange, int status, Object value) throws IOException {
        byte[] bytes = WireJson.MAPPER.writeValueAsBytes(value);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
