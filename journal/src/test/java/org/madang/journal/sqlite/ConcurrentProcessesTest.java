package org.madang.journal.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.journal.JournalException;
import org.madang.journal.JournalOptions;
import org.madang.journal.JournalRecord;
import org.madang.journal.chain.Sha256;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.testing.TestKeys;

/** A writer process and readers or would-be writers in another process, at the same time. */
class ConcurrentProcessesTest {

    @TempDir
    Path dir;

    private final Ed25519KeyPair key = TestKeys.fixedDeviceKey();

    private ProcessTestSupport.Child startWriter(Path file, long count) throws Exception {
        return ProcessTestSupport.startAppender(dir, "writer", file, HexFormat.of().formatHex(key.pkcs8(), 16, 48), count);
    }

    @Test
    void readerInAnotherProcessSeesAConsistentPrefixWhileTheWriterAppends() throws Exception {
        Path file = dir.resolve("journal.db");
        int total = 3000;
        ProcessTestSupport.Child child = startWriter(file, total);
        Process writer = child.process();
        child.awaitLines(1);

        long after = 0;
        Sha256 lastHash = null;
        int batches = 0;
        int emptyPolls = 0;
        try (SqliteJournalReader reader = SqliteJournalReader.open(file)) {
            lastHash = reader.info().genesisHash();
            while (after < total) {
                var batch = reader.readAfter(after, 97);
                if (batch.isEmpty()) {
                    emptyPolls++;
                    assertThat(writer.isAlive() || reader.lastSeq() > after)
                            .as("writer died early; see child.log").isTrue();
                    Thread.onSpinWait();
                    continue;
                }
                for (JournalRecord record : batch) {
                    assertThat(record.seq()).isEqualTo(after + 1);
                    assertThat(record.prevHash()).isEqualTo(lastHash);
                    after = record.seq();
                    lastHash = record.hash();
                }
                batches++;
            }
        }
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(writer.exitValue()).isZero();
        assertThat(after).isEqualTo(total);
        assertThat(batches).as("reads interleaved with writes (%d empty polls)", emptyPolls).isGreaterThan(1);
    }

    @Test
    void secondWriterIsRefusedNamingTheProcessThatHoldsTheJournal() throws Exception {
        Path file = dir.resolve("journal.db");
        ProcessTestSupport.Child child = startWriter(file, 0);
        Process writer = child.process();
        try {
            child.awaitLines(2); // "open", then a first durable append

            assertThatThrownBy(() -> SqliteJournal.open(JournalOptions.defaults(file, key, "second writer")))
                    .isInstanceOfSatisfying(JournalException.class, e -> {
                        assertThat(e.failure()).isEqualTo(JournalException.Failure.LOCKED);
                        assertThat(e.getMessage()).contains("process " + writer.pid()).contains("appending child");
                    });
        } finally {
            child.kill();
        }
        // The kernel dropped the dead writer's lock: a new writer can open.
        try (SqliteJournal journal = SqliteJournal.open(JournalOptions.defaults(file, key, "after the kill"))) {
            assertThat(journal.lastSeq()).isPositive();
        }
    }
}
