package org.madang.journal.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.journal.AppendReceipt;
import org.madang.journal.JournalOptions;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.chain.ChainVerifier;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.KeyDirectory;
import org.madang.journal.testing.FakeDeviceClock;
import org.madang.journal.testing.TestKeys;

/** Appends from many threads at once commit together and still form one gapless chain. */
class GroupCommitTest {

    @TempDir
    Path dir;

    @Test
    void concurrentAppendsEachGetTheirOwnRecordInOneGaplessChain() throws Exception {
        Ed25519KeyPair key = TestKeys.deviceKey();
        int threads = 8;
        int perThread = 150;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (SqliteJournal journal = SqliteJournal.open(new JournalOptions(dir.resolve("journal.db"), key,
                FakeDeviceClock.standard(), new SecureRandom(), 10, "group commit test"))) {
            List<Future<List<AppendReceipt>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    List<AppendReceipt> receipts = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        receipts.add(journal.append(RecordDraft.of(RecordKind.CHECKIN,
                                Map.of("member", "t" + thread + "-" + i))));
                    }
                    return receipts;
                }));
            }
            List<AppendReceipt> all = new ArrayList<>();
            for (var future : futures) {
                all.addAll(future.get());
            }

            List<JournalRecord> records = journal.readAfter(0, 10_000);
            assertThat(records).hasSize(threads * perThread);
            assertThat(all).extracting(AppendReceipt::seq).doesNotHaveDuplicates()
                    .allSatisfy(seq -> assertThat(seq).isBetween(1L, (long) threads * perThread));
            for (AppendReceipt receipt : all) {
                JournalRecord record = records.get((int) receipt.seq() - 1);
                assertThat(record.id()).isEqualTo(receipt.id());
            }
            ChainVerifier verifier = new ChainVerifier(KeyDirectory.of(key.publicKey()), 0, journal.info().genesisHash());
            records.forEach(verifier::accept);
            assertThat(verifier.report().intact()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }
}
