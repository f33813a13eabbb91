package org.madang.central;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.sync.api.SyncApi;
import org.madang.sync.api.auth.RequestLine;
import org.madang.sync.api.auth.RequestSigner;
import org.madang.sync.api.wire.UploadBatch;
import org.madang.sync.api.wire.WireJson;

/**
 * Measurements for the report, not assertions (timings depend on the machine). Run with
 * {@code ./mvnw -pl central-reference -am verify -Dtest=IngestBenchmark -Dmadang.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; figures go to the test's output file.
 */
@EnabledIfSystemProperty(named = "madang.bench", matches = "true")
class IngestBenchmark {

    @TempDir
    Path dir;

    static final int BATCH = 2_000;
    static final String FILLER = "x".repeat(170);

    static void fill(TestDevice device, int n) {
        for (int i = 0; i < n; i++) {
            device.append(RecordKind.CHECKIN, Map.of("event", "bench-event", "member", "member-" + device.deviceId + "-" + i,
                    "points", 100, "limit", "once-per-event", "day", "2026-11-22", "input", "camera",
                    "tokenKey", "central-1", "note", FILLER));
        }
    }

    @Test
    void ed25519VerificationPerCall() {
        TestDevice device = new TestDevice("bench");
        fill(device, 2_000);
        List<JournalRecord> records = device.records();
        for (JournalRecord r : records) {
            device.key.publicKey().verifies(r.hash().bytes(), r.signature());
        }
        long start = System.nanoTime();
        int n = 0;
        for (int round = 0; round < 5; round++) {
            for (JournalRecord r : records) {
                device.key.publicKey().verifies(r.hash().bytes(), r.signature());
                n++;
            }
        }
        double micros = (System.nanoTime() - start) / 1e3 / n;
        System.out.printf("BENCH Ed25519PublicKey.verifies: %.1f µs per call (%d calls, %d cores)%n", micros, n,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("BENCH body size: %d bytes%n", records.getFirst().body().length());
    }

    @Test
    void oneDeviceHundredThousandRecordsOverLoopbackSqlite() throws Exception {
        uploadOverHttp(Optional.empty(), 1, 100_000, "SQLite");
    }

    @Test
    void fiftyDevicesAtOnceOnPostgres() throws Exception {
        try (TestPostgres postgres = TestPostgres.freshSchema()) {
            uploadOverHttp(Optional.of(postgres.url()), 50, 2_000, "PostgreSQL");
        }
    }

    @Test
    void fiftyDevicesAtOnceOnSqlite() throws Exception {
        uploadOverHttp(Optional.empty(), 50, 2_000, "SQLite");
    }

    void uploadOverHttp(Optional<String> db, int devices, int perDevice, String label) throws Exception {
        CentralHome home = CentralHome.init(dir.resolve("home-" + label + devices), new SecureRandom());
        CentralOptions options = new CentralOptions("127.0.0.1", 0, db, Clock.systemUTC());
        try (CentralServer server = CentralServer.start(home, options)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<List<byte[]>> bodies = new ArrayList<>();
            List<TestDevice> all = new ArrayList<>();
            for (int d = 0; d < devices; d++) {
                TestDevice device = new TestDevice("bench-" + d);
                String code = server.central().createEnrollmentCode(TestDevice.SITE, Set.of("checkin"), Duration.ofHours(1));
                server.central().enroll(device.enrollment(code, TestDevice.SITE));
                fill(device, perDevice);
                List<byte[]> batches = new ArrayList<>();
                for (int from = 1; from <= perDevice; from += BATCH) {
                    batches.add(new UploadBatch(device.deviceId, device.journalId,
                            device.range(from, Math.min(perDevice, from + BATCH - 1))).encode());
                }
                bodies.add(batches);
                all.add(device);
            }
            long maxBody = bodies.stream().flatMap(List::stream).mapToLong(b -> b.length).max().orElse(0);
            ExecutorService pool = Executors.newFixedThreadPool(devices);
            long start = System.nanoTime();
            List<Future<Long>> results = new ArrayList<>();
            for (int d = 0; d < devices; d++) {
                TestDevice device = all.get(d);
                List<byte[]> batches = bodies.get(d);
                results.add(pool.submit(() -> {
                    RequestSigner signer = new RequestSigner(device.key, Clock.systemUTC(), new SecureRandom());
                    long stored = 0;
                    for (byte[] body : batches) {
                        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve(SyncApi.RECORDS))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Encoding", "gzip");
                        signer.headers(RequestLine.withBody("POST", SyncApi.RECORDS, body)).forEach(request::header);
                        HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (answer.statusCode() != 200) {
                            throw new IllegalStateException(answer.statusCode() + " " + new String(answer.body()));
                        }
                        stored += WireJson.MAPPER.readTree(answer.body()).get("stored").asLong();
                    }
                    return stored;
                }));
            }
            long stored = 0;
            for (Future<Long> result : results) {
                stored += result.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            System.out.printf("BENCH %s, %d device(s) x %d records over loopback HTTP: %d stored in %.2f s = %.0f records/s"
                    + " (batches of %d, largest body %d bytes gzip)%n", label, devices, perDevice, stored, seconds,
                    stored / seconds, BATCH, maxBody);
        }
    }
}
