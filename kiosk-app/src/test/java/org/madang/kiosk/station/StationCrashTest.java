package org.madang.kiosk.station;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.profile.Peripherals;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.journal.sqlite.SqliteJournalReader;
import org.madang.kiosk.checkin.CheckinRecord;
import org.madang.kiosk.testing.ChildProcess;
import org.madang.kiosk.testing.FakeTokenVerifier;
import org.madang.kiosk.testing.TestDevice;

/**
 * 10,000 scans piped through real station processes killed with SIGKILL at random moments:
 * every "accepted" line printed is in the journal exactly once, and no member is accepted twice.
 */
class StationCrashTest {

    private static final int SCANS = 10_000;
    private static final int MEMBERS = 4_000;
    private static final int KILLS = 12;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void survivesSigkillAtAnyMomentWithoutLosingOrDoublingACheckin() throws Exception {
        Path dataDir = TestDevice.create(temp.resolve("device"), Peripherals.none());
        Random random = new Random(20261122);
        List<String> scans = new ArrayList<>();
        for (int i = 0; i < SCANS; i++) {
            // Members come back (duplicates), and now and then a code is not ours.
            scans.add(i % 97 == 0 ? "garbage-" + i : FakeTokenVerifier.member("m" + random.nextInt(MEMBERS)));
        }
        List<JsonNode> results = new ArrayList<>();
        int kills = 0;
        int run = 0;
        while (results.size() < SCANS) {
            run++;
            Path stdout = temp.resolve("out-" + run + ".jsonl");
            // stdout to a file, not a pipe: what the child printed before a SIGKILL is all there to read.
            Process child = ChildProcess.builder(StationChild.class, temp.resolve("run-" + run + ".log"),
                    dataDir.toString(), StationChild.EVENT)
                    .redirectOutput(stdout.toFile())
                    .start();
            Thread feeder = feed(child, scans.subList(results.size(), SCANS));
            boolean killed = false;
            if (kills < KILLS) {
                // Random moments: during start-up, while rebuilding the ledger, in the middle of the scans.
                if (!child.waitFor(200 + random.nextInt(1_500), TimeUnit.MILLISECONDS)) {
                    child.destroyForcibly();
                    kills++;
                    killed = true;
                }
            }
            // Generous: a last run left most of the scans (about 3,700 fsync'd check-ins) on a slow disk.
            assertThat(child.waitFor(600, TimeUnit.SECONDS)).as("run %d finishes", run).isTrue();
            feeder.join();
            List<JsonNode> printed = completeLines(stdout);
            // A child that ended by itself without a result makes no progress: fail with its log
            // rather than start children for ever.
            if (!killed && printed.isEmpty()) {
                throw new AssertionError("run " + run + " exited with " + child.exitValue() + " and printed nothing; log:\n"
                        + java.nio.file.Files.readString(temp.resolve("run-" + run + ".log")));
            }
            assertThat(run).as("station runs needed for %d scans", SCANS).isLessThanOrEqualTo(KILLS + 20);
            results.addAll(printed);
        }
        assertThat(kills).isGreaterThanOrEqualTo(10);

        Map<Long, JournalRecord> journal = new HashMap<>();
        try (SqliteJournalReader reader = SqliteJournalReader.open(dataDir.resolve(StationFactory.JOURNAL_FILE))) {
            long after = 0;
            for (List<JournalRecord> batch; !(batch = reader.readAfter(after, 1_000)).isEmpty(); ) {
                batch.forEach(record -> journal.put(record.seq(), record));
                after = batch.getLast().seq();
            }
        }
        Set<Long> acceptedSeqs = new HashSet<>();
        Set<String> acceptedMembers = new HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            JsonNode line = results.get(i);
            if (!line.get("result").asText().equals("accepted")) {
                continue;
            }
            long seq = line.get("seq").asLong();
            assertThat(acceptedSeqs.add(seq)).as("seq %d acknowledged once", seq).isTrue();
            JournalRecord record = journal.get(seq);
            assertThat(record).as("accepted seq %d is in the journal", seq).isNotNull();
            CheckinRecord checkin = CheckinRecord.from(record).orElseThrow();
            String memberId = scans.get(i).substring("member:".length());
            assertThat(checkin.member()).isEqualTo("m1:" + new StringBuilder(memberId).reverse());
            assertThat(acceptedMembers.add(checkin.member())).as("member %s accepted once", memberId).isTrue();
        }
        List<String> recordedMembers = journal.values().stream().filter(r -> r.kind().equals(RecordKind.CHECKIN))
                .map(r -> CheckinRecord.from(r).orElseThrow().member()).toList();
        assertThat(new HashSet<>(recordedMembers)).as("no member recorded twice").hasSameSizeAs(recordedMembers);
        // A record whose line a kill cut off is recorded but unacknowledged: at most one per kill.
        assertThat(recordedMembers.size() - acceptedSeqs.size()).isBetween(0, kills);
        assertThat(acceptedSeqs).hasSizeGreaterThan(MEMBERS / 2);
        assertThat(results).hasSize(SCANS);
    }

    /** Pipes the scans into the child's stdin, as a scanner would; a kill ends the pipe. */
    private static Thread feed(Process child, List<String> scans) {
        return Thread.ofPlatform().start(() -> {
            try (var in = child.getOutputStream()) {
                for (String scan : scans) {
                    in.write((scan + "\n").getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // The child was killed: the rest is sent to the next one.
            }
        });
    }

    /** The lines a child printed completely (a kill may cut the last one). */
    private static List<JsonNode> completeLines(Path stdout) throws IOException {
        String text = Files.readString(stdout, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        List<JsonNode> lines = new ArrayList<>();
        if (end >= 0) {
            for (String line : text.substring(0, end).split("\n")) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }
}
