package org.madang.journal.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.journal.JournalRecord;
import org.madang.journal.chain.ChainVerifier;
import org.madang.journal.chain.VerificationReport;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.KeyDirectory;
import org.madang.journal.testing.TestKeys;

/**
 * Nothing confirmed is lost: a writer process is killed with SIGKILL at random moments, over and
 * over; every record it reported as appended is in the journal afterwards, and the chain verifies.
 */
class CrashRecoveryTest {

    private static final int KILLS = 24;

    @TempDir
    Path dir;

    @Test
    void everyRecordReportedAsAppendedSurvivesSigkillAtRandomMoments() throws Exception {
        Path file = dir.resolve("journal.db");
        Ed25519KeyPair key = TestKeys.fixedDeviceKey();
        String seed = HexFormat.of().formatHex(key.pkcs8(), 16, 48);
        long randomSeed = System.nanoTime();
        Random random = new Random(randomSeed);
        Map<Long, String> confirmed = new LinkedHashMap<>();
        int killsWhileAppending = 0;

        for (int round = 0; round < KILLS; round++) {
            ProcessTestSupport.Child child = ProcessTestSupport.startAppender(dir, "round" + round, file, seed, 0);
            // Half the rounds die at any moment, start-up and opening included; the others at a
            // random moment once appends are under way ("open" and a first record printed).
            if (round % 2 == 1) {
                child.awaitLines(2);
                Thread.sleep(random.nextInt(200));
            } else {
                Thread.sleep(random.nextInt(700));
            }
            child.kill(); // SIGKILL on Linux
            int before = confirmed.size();
            for (String line : child.lines()) {
                if (Character.isDigit(line.charAt(0))) {
                    String[] parts = line.split(" ");
                    confirmed.put(Long.parseLong(parts[0]), parts[1]);
                }
            }
            if (confirmed.size() > before) {
                killsWhileAppending++;
            }
        }

        assertThat(killsWhileAppending).as("rounds killed mid-append (random seed %d)", randomSeed)
                .isGreaterThanOrEqualTo(KILLS / 2);
        try (SqliteJournalReader reader = SqliteJournalReader.open(file)) {
            Map<Long, String> stored = new LinkedHashMap<>();
            ChainVerifier verifier = new ChainVerifier(KeyDirectory.of(key.publicKey()), 0, reader.info().genesisHash());
            long after = 0;
            for (var batch = reader.readAfter(after, 500); !batch.isEmpty(); batch = reader.readAfter(after, 500)) {
                for (JournalRecord record : batch) {
                    stored.put(record.seq(), record.id());
                    verifier.accept(record);
                }
                after = batch.getLast().seq();
            }
            VerificationReport report = verifier.report();
            assertThat(report.intact()).as("chain after %d kills: %s", KILLS, report).isTrue();
            assertThat(stored).as("every confirmed record, with the id that was reported")
                    .containsAllEntriesOf(confirmed);
        }
    }
}
