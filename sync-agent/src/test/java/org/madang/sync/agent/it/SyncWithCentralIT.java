package org.madang.sync.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.keys.CentralCaFile;
import org.madang.device.sync.SyncState;
import org.madang.device.sync.SyncStateFile;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.sqlite.SqliteJournalReader;
import org.madang.journal.testing.TestCertificates;
import org.madang.sync.agent.testing.TestDevice;
import org.madang.sync.api.SyncApi;
import org.madang.sync.api.auth.RequestLine;
import org.madang.sync.api.auth.RequestSigner;
import org.madang.sync.api.wire.UploadBatch;

/**
 * The sync agent and the reference central as real processes on 127.0.0.1, with the fault
 * proxy between them: every record arrives exactly once and in order through resets, dropped and
 * truncated answers, timeouts, 503 Retry-After, and both programs killed with SIGKILL.
 */
class SyncWithCentralIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SITE = TestDevice.SITE_CODE;

    @TempDir
    Path temp;

    @Test
    void twentyThousandRecordsArriveExactlyOnceInOrderThroughNetworkFaultsBusyAnswersAndKills() throws Exception {
        try (Processes processes = new Processes(temp.resolve("logs"))) {
            Path home = temp.resolve("central");
            assertThat(processes.central("init", "--dir", home.toString()).exitCode()).isZero();
            int port = Processes.freePort();
            // One upload at a time, so the agents meet real 503 + Retry-After answers.
            String[] serveOptions = {"--max-concurrent-uploads", "1"};
            Process central = processes.serveCentral(home, port, serveOptions);
            Path proxyLog = temp.resolve("logs/proxy.jsonl");
            int proxyPort = processes.faultProxy(port, proxyLog, "--seed", "2026",
                    "--schedule", "pass,pass,pass,pass,pass,pass",
                    "--p-reset", "0.08", "--p-drop-response", "0.08", "--p-truncate-response", "0.08",
                    "--p-delay", "0.04", "--delay-ms", "2500");
            URI viaProxy = URI.create("http://127.0.0.1:" + proxyPort + "/");

            Map<String, Integer> planned = Map.of("kiosk-a", 12_000, "kiosk-b", 8_000);
            Map<String, TestDevice> devices = new TreeMap<>();
            for (String name : planned.keySet()) {
                TestDevice device = TestDevice.create(temp.resolve(name), viaProxy, name);
                devices.put(name, device);
                String code = processes.central("enroll-code", "--dir", home.toString(), "--site-code", SITE,
                        "--roles", "checkin").out().strip();
                Processes.Finished enrolled = processes.agent("enroll", "--data-dir", device.dataDir().toString(),
                        "--code", code, "--no-connection-reuse");
                assertThat(enrolled.exitCode()).as(enrolled.err()).isZero();
                device.appendIncompressible(planned.get(name) / 2, 200);
            }
            // A third terminal, straight to the central, to keep its upload slot busy for a while.
            TestDevice neighbour = TestDevice.create(temp.resolve("kiosk-c"), URI.create("http://127.0.0.1:" + port + "/"),
                    "kiosk-c");
            String neighbourCode = processes.central("enroll-code", "--dir", home.toString(), "--site-code", SITE,
                    "--roles", "checkin").out().strip();
            assertThat(processes.agent("enroll", "--data-dir", neighbour.dataDir().toString(), "--code", neighbourCode)
                    .exitCode()).isZero();
            neighbour.appendIncompressible(2_000, 200);
            Map<String, Process> agents = new HashMap<>();
            for (String name : devices.keySet()) {
                agents.put(name, startAgent(processes, name, devices.get(name)));
            }

            // Meanwhile the kiosks go on recording, and both programs are killed and restarted.
            int rounds = 20;
            for (int round = 1; round <= rounds; round++) {
                for (String name : devices.keySet()) {
                    devices.get(name).appendIncompressible(planned.get(name) / 2 / rounds, 200);
                }
                if (round == 5) {
                    Processes.kill9(central);
                    Thread.sleep(1500);
                    central = processes.serveCentral(home, port, serveOptions);
                }
                if (round == 11) {
                    keepTheUploadSlotBusyUntilAnAgentIsTurnedAway(port, neighbour, temp.resolve("logs"),
                            Duration.ofSeconds(60));
                }
                if (round == 8 || round == 14) {
                    Processes.kill9(agents.get("kiosk-a"));
                    agents.put("kiosk-a", startAgent(processes, "kiosk-a", devices.get("kiosk-a")));
                }
                Thread.sleep(300);
            }
            for (String name : devices.keySet()) {
                assertThat(devices.get(name).journal().lastSeq()).isEqualTo(planned.get(name) + 1L);
            }

            String token = Files.readString(home.resolve("admin-token")).strip();
            awaitStoredThrough(port, token, Map.of("kiosk-a", 12_001L, "kiosk-b", 8_001L), Duration.ofMinutes(4));
            // An answer the proxy dropped is learnt on the agent's next pass (as duplicates).
            for (TestDevice device : devices.values()) {
                awaitAcknowledged(device, Duration.ofMinutes(1));
            }
            agents.values().forEach(Process::destroy);
            central.destroy();
            central.waitFor();

            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("central.db"))) {
                for (TestDevice device : devices.values()) {
                    assertTheCentralHoldsExactlyTheJournal(db, device);
                }
                assertThat(count(db, "SELECT count(*) FROM refusals")).as("refusals").isZero();
            }
            List<JsonNode> connections = proxyConnections(proxyLog);
            Map<String, Long> modes = new TreeMap<>();
            connections.forEach(c -> modes.merge(c.get("mode").asText(), 1L, Long::sum));
            // For the record (failsafe keeps it in the report's output file).
            System.out.println("fault proxy connections by mode: " + modes + "; 503 answers to the agents: "
                    + (Files.readAllLines(temp.resolve("logs/kiosk-a.log")).stream().filter(l -> l.contains("HTTP 503")).count()
                    + Files.readAllLines(temp.resolve("logs/kiosk-b.log")).stream().filter(l -> l.contains("HTTP 503")).count()));
            assertThat(connections).extracting(c -> c.get("mode").asText())
                    .as("the run met every kind of fault").contains("reset", "drop_response", "truncate_response", "delay");
            assertThat(agentLogs(temp.resolve("logs")).contains("HTTP 503"))
                    .as("the agents met busy answers (503 + Retry-After)").isTrue();
            neighbour.close();
            for (TestDevice device : devices.values()) {
                long lastSeq = device.journal().lastSeq();
                device.close();
                JsonNode status = JSON.readTree(processes.agent("status", "--data-dir", device.dataDir().toString()).out());
                assertThat(status.get("waiting").asLong()).isZero();
                assertThat(status.get("ackedSeq").asLong()).isEqualTo(lastSeq);
            }
        }
    }

    @Test
    void anAgentTrustingTheDistrictsPinnedCaUploadsOverHttpsAndWithoutItIsToldToInstallIt() throws Exception {
        try (Processes processes = new Processes(temp.resolve("logs"))) {
            TestCertificates certificates = TestCertificates.create(temp.resolve("certs"));
            Path home = temp.resolve("central");
            processes.central("init", "--dir", home.toString());
            int port = Processes.freePort();
            processes.serveCentral(home, port);
            URI https = URI.create("https://127.0.0.1:" + processes.tlsTerminator(port, certificates) + "/");
            Path dataDir = temp.resolve("kiosk-tls");
            String code = processes.central("enroll-code", "--dir", home.toString(), "--site-code", SITE, "--roles",
                    "checkin").out().strip();
            try (TestDevice device = TestDevice.create(dataDir, https, "kiosk-tls")) {
                device.appendIncompressible(300, 200);
            }

            Processes.Finished untrusted = processes.agent("enroll", "--data-dir", dataDir.toString(), "--code", code);
            CentralCaFile.in(dataDir).install(certificates.caPem, Clock.systemUTC());
            Processes.Finished enrolled = processes.agent("enroll", "--data-dir", dataDir.toString(), "--code", code);
            Processes.Finished once = processes.agent("once", "--data-dir", dataDir.toString());

            assertThat(untrusted.exitCode()).isNotZero();
            assertThat(untrusted.out() + untrusted.err()).contains("device-config trust-ca").contains("TLS");
            assertThat(enrolled.exitCode()).as(enrolled.err()).isZero();
            assertThat(once.exitCode()).as(once.err()).isZero();
            JsonNode status = JSON.readTree(processes.agent("status", "--data-dir", dataDir.toString()).out());
            assertThat(status.get("waiting").asLong()).isZero();
            String token = Files.readString(home.resolve("admin-token")).strip();
            awaitStoredThrough(port, token, Map.of("kiosk-tls", 301L), Duration.ofSeconds(30));
        }
    }

    @Test
    void twoOfflineTerminalsAcceptingOneMemberAreCreditedOnceAndTheDuplicateIsReported() throws Exception {
        try (Processes processes = new Processes(temp.resolve("logs"))) {
            Path home = temp.resolve("central");
            processes.central("init", "--dir", home.toString());
            int port = Processes.freePort();
            processes.serveCentral(home, port);
            URI central = URI.create("http://127.0.0.1:" + port + "/");
            String event = "2026-myeongdong-cleanup";
            for (String name : List.of("kiosk-a", "kiosk-b")) {
                try (TestDevice device = TestDevice.create(temp.resolve(name), central, name)) {
                    String code = processes.central("enroll-code", "--dir", home.toString(), "--site-code", SITE,
                            "--roles", "checkin").out().strip();
                    assertThat(processes.agent("enroll", "--data-dir", device.dataDir().toString(), "--code", code)
                            .exitCode()).isZero();
                    // Both terminals were offline: each accepted the same member once.
                    device.journal().append(checkin(event, "m1:" + "ab".repeat(32)));
                    device.journal().append(checkin(event, "m1:" + name.hashCode()));
                }
                Processes.Finished once = processes.agent("once", "--data-dir", temp.resolve(name).toString());
                assertThat(once.exitCode()).as(once.err()).isZero();
            }

            String token = Files.readString(home.resolve("admin-token")).strip();
            JsonNode checkins = admin(port, token, "/admin/v1/events/" + event + "/checkins");

            assertThat(checkins.get("creditedCount").asInt()).isEqualTo(3);
            assertThat(checkins.get("duplicateCount").asInt()).isEqualTo(1);
            assertThat(checkins.get("duplicates").get(0).get("member").asText()).isEqualTo("m1:" + "ab".repeat(32));
            JsonNode points = admin(port, token, "/admin/v1/points");
            assertThat(points.toString()).contains("m1:" + "ab".repeat(32));
            assertThat(totalPoints(points, "m1:" + "ab".repeat(32))).isEqualTo(500);
        }
    }

    @Test
    void aUsbExportImportsAsTheOnlineUploadDidAndImportingItTwiceChangesNothing() throws Exception {
        try (Processes processes = new Processes(temp.resolve("logs"))) {
            Path online = temp.resolve("central-online");
            Path offline = temp.resolve("central-offline");
            processes.central("init", "--dir", online.toString());
            processes.central("init", "--dir", offline.toString());
            int port = Processes.freePort();
            processes.serveCentral(online, port);
            Path dataDir = temp.resolve("kiosk");
            try (TestDevice device = TestDevice.create(dataDir, URI.create("http://127.0.0.1:" + port + "/"), "kiosk-usb")) {
                String code = processes.central("enroll-code", "--dir", online.toString(), "--site-code", SITE,
                        "--roles", "checkin").out().strip();
                processes.agent("enroll", "--data-dir", dataDir.toString(), "--code", code);
                device.appendIncompressible(700, 200);
            }
            assertThat(processes.agent("once", "--data-dir", dataDir.toString()).exitCode()).isZero();
            Path usb = temp.resolve("usb/madang-export.mjx");
            Files.createDirectories(usb.getParent());
            Processes.Finished exported = processes.agent("export", "--data-dir", dataDir.toString(), "--to", usb.toString());
            assertThat(exported.exitCode()).as(exported.err()).isZero();

            String offlineCode = processes.central("enroll-code", "--dir", offline.toString(), "--site-code", SITE,
                    "--roles", "checkin").out().strip();
            Processes.Finished first = processes.central("import", "--dir", offline.toString(), usb.toString(),
                    "--enroll-code", offlineCode);
            Map<String, List<String>> afterFirst = snapshot(offline.resolve("central.db"));
            Processes.Finished second = processes.central("import", "--dir", offline.toString(), usb.toString());

            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(second.exitCode()).as(second.err()).isZero();
            assertThat(second.out()).contains("stored 0, duplicates 701, refused 0");
            assertThat(snapshot(offline.resolve("central.db"))).as("the central after the second import").isEqualTo(afterFirst);
            assertThat(rows(online.resolve("central.db"))).hasSize(701).isEqualTo(rows(offline.resolve("central.db")));
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + offline.resolve("central.db"))) {
                assertThat(count(db, "SELECT count(*) FROM records WHERE source = 'import'")).isEqualTo(701);
            }
        }
    }

    private static Process startAgent(Processes processes, String name, TestDevice device) throws Exception {
        return processes.runAgent(name, "--data-dir", device.dataDir().toString(), "--interval", "200ms",
                "--connect-timeout", "1s", "--response-timeout", "2s", "--batch-records", "150", "--no-connection-reuse", "--max-backoff", "4s");
    }

    private static RecordDraft checkin(String event, String member) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("event", event);
        body.put("member", member);
        body.put("points", 500);
        body.put("limit", "once-per-event");
        body.put("day", LocalDate.of(2026, 11, 22).toString());
        body.put("input", "wedge");
        body.put("tokenKey", "central-1");
        body.put("clockTrusted", true);
        return RecordDraft.of(RecordKind.CHECKIN, body);
    }

    private static int totalPoints(JsonNode points, String member) {
        for (JsonNode entry : points.isArray() ? points : points.path("members")) {
            if (entry.path("member").asText().equals(member)) {
                return entry.path("totalPoints").asInt(entry.path("points").asInt());
            }
        }
        return -1;
    }

    private static void awaitStoredThrough(int port, String token, Map<String, Long> expected, Duration timeout)
            throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Long> seen = new TreeMap<>();
        while (Instant.now().isBefore(deadline)) {
            try {
                for (JsonNode device : admin(port, token, "/admin/v1/devices")) {
                    if (expected.containsKey(device.get("deviceId").asText())) {
                        seen.put(device.get("deviceId").asText(), device.path("storedThrough").asLong());
                    }
                }
                if (seen.equals(new TreeMap<>(expected))) {
                    return;
                }
            } catch (java.io.IOException e) {
                // The central is restarting.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("stored through " + seen + ", expected " + expected + " within " + timeout);
    }

    /**
     * Another terminal uploads the same 2,000 records back to back from two threads (stored
     * once, then duplicates), so the central's only upload slot is taken nearly all the time,
     * until an agent's log shows a new 503 + Retry-After answer (or {@code limit} passes): one
     * met earlier by chance, while the agents took turns, does not end it before it began.
     * Waiting for the answer rather than for a fixed time keeps this independent of the
     * machine's speed and of where the agents are in their backoff (a fixed 3 s window once
     * fell entirely inside both agents' backoff on a slower CI machine, and no 503 was met).
     */
    private static void keepTheUploadSlotBusyUntilAnAgentIsTurnedAway(int port, TestDevice neighbour, Path logs,
            Duration limit) throws Exception {
        List<JournalRecord> records = neighbour.journal().readAfter(0, 5_000);
        byte[] body = new UploadBatch("kiosk-c", neighbour.journalId(), records)
                .encode();
        RequestSigner signer = new RequestSigner(neighbour.key(), java.time.Clock.systemUTC(), new java.security.SecureRandom());
        Instant until = Instant.now().plus(limit);
        long busyAnswersBefore = busyAnswers(logs);
        java.util.concurrent.atomic.AtomicBoolean turnedAway = new java.util.concurrent.atomic.AtomicBoolean();
        try (HttpClient http = HttpClient.newHttpClient()) {
            Runnable hammer = () -> {
                while (!turnedAway.get() && Instant.now().isBefore(until)) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + SyncApi.RECORDS))
                            .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
                    signer.headers(RequestLine.withBody("POST", SyncApi.RECORDS, body)).forEach(request::header);
                    try {
                        http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                    } catch (java.io.IOException e) {
                        return;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            };
            Thread first = Thread.ofPlatform().start(hammer);
            Thread second = Thread.ofPlatform().start(hammer);
            while (first.isAlive() || second.isAlive()) {
                if (busyAnswers(logs) > busyAnswersBefore) {
                    turnedAway.set(true);
                }
                Thread.sleep(100);
            }
        }
    }

    private static long busyAnswers(Path logs) throws java.io.IOException {
        return agentLogs(logs).lines().filter(line -> line.contains("HTTP 503")).count();
    }

    private static String agentLogs(Path logs) throws java.io.IOException {
        return Files.readString(logs.resolve("kiosk-a.log")) + Files.readString(logs.resolve("kiosk-b.log"));
    }

    private static void awaitAcknowledged(TestDevice device, Duration timeout) throws Exception {
        long lastSeq = device.journal().lastSeq();
        Instant deadline = Instant.now().plus(timeout);
        long acked = -1;
        while (Instant.now().isBefore(deadline)) {
            acked = SyncStateFile.in(device.dataDir()).read().map(SyncState::ackedSeq).orElse(0L);
            if (acked == lastSeq) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(device.dataDir() + ": the agent acknowledged " + acked + " of " + lastSeq);
    }

    private static JsonNode admin(int port, String token, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /**
     * The central's rows of this journal, in the order they were inserted (SQLite's rowid), equal
     * the journal's records field for field: each stored once (a re-store would move it to the
     * end), in sequence order, unaltered.
     */
    private static void assertTheCentralHoldsExactlyTheJournal(Connection db, TestDevice device) throws Exception {
        String journalId = device.journalId();
        List<String> central = new ArrayList<>();
        long lastReceived = Long.MIN_VALUE;
        try (PreparedStatement query = db.prepareStatement("SELECT seq, id, kind, body, wall_time, prev_hash, hash, signature,"
                + " received_at FROM records WHERE journal_id = ? ORDER BY rowid")) {
            query.setString(1, journalId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    central.add(String.join("|", rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8)));
                    assertThat(rows.getLong(9)).as("received_at of record " + rows.getLong(1)).isGreaterThanOrEqualTo(lastReceived);
                    lastReceived = rows.getLong(9);
                }
            }
        }
        java.util.Base64.Encoder base64url = java.util.Base64.getUrlEncoder().withoutPadding();
        List<String> journal = new ArrayList<>();
        try (SqliteJournalReader reader = SqliteJournalReader.open(device.dataDir().resolve("journal.db"))) {
            long after = 0;
            List<JournalRecord> batch;
            while (!(batch = reader.readAfter(after, 5_000)).isEmpty()) {
                for (JournalRecord record : batch) {
                    journal.add(String.join("|", String.valueOf(record.seq()), record.id(), record.kind().name(),
                            record.body().text(), String.valueOf(record.clock().wallTime().toEpochMilli()),
                            record.prevHash().hex(), record.hash().hex(), base64url.encodeToString(record.signature().bytes())));
                }
                after = batch.getLast().seq();
            }
        }
        assertThat(central).as("central records of " + journalId).hasSize(journal.size());
        assertThat(central).isEqualTo(journal);
    }

    /** Every row of the tables an import writes, whole (received_at and source included). */
    private static Map<String, List<String>> snapshot(Path database) throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            for (String table : List.of("records", "journals", "refusals", "checkins", "point_credits")) {
                List<String> rows = new ArrayList<>();
                try (ResultSet result = db.createStatement().executeQuery("SELECT * FROM " + table + " ORDER BY rowid")) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(result.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                tables.put(table, rows);
            }
        }
        return tables;
    }

    private static List<String> rows(Path database) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database);
                ResultSet result = db.createStatement().executeQuery(
                        "SELECT journal_id, seq, id, kind, body, wall_time, hash, prev_hash, signature FROM records ORDER BY journal_id, seq")) {
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= 9; i++) {
                    row.append(result.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static long count(Connection db, String sql) throws Exception {
        try (ResultSet result = db.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<JsonNode> proxyConnections(Path log) throws Exception {
        List<JsonNode> connections = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            JsonNode node = JSON.readTree(line);
            if ("conn".equals(node.path("event").asText())) {
                connections.add(node);
            }
        }
        return connections;
    }
}
