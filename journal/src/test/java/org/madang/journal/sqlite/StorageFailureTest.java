package org.madang.journal.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.journal.AppendReceipt;
import org.madang.journal.JournalException;
import org.madang.journal.JournalException.Failure;
import org.madang.journal.JournalOptions;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.chain.ChainVerifier;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.KeyDirectory;
import org.madang.journal.testing.FakeDeviceClock;
import org.madang.journal.testing.TestKeys;

/**
 * A full disk and a read-only file system, for real: a small tmpfs mounted for the test (needs
 * root, which CI has; elsewhere these tests are skipped and say so).
 */
class StorageFailureTest {

    @TempDir
    Path dir;

    private Path mountPoint;
    private final Ed25519KeyPair key = TestKeys.deviceKey();

    @BeforeEach
    void mountSmallFileSystem() throws Exception {
        mountPoint = dir.resolve("mnt");
        Files.createDirectories(mountPoint);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1m,mode=0755", "tmpfs", mountPoint.toString()) == 0,
                "mounting a tmpfs needs root; skipped");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mountPoint != null) {
            run("umount", "-l", mountPoint.toString());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    private JournalOptions options() {
        return new JournalOptions(mountPoint.resolve("journal.db"), key, FakeDeviceClock.standard(), new SecureRandom(),
                10, "storage test");
    }

    private static RecordDraft bulky(int i) {
        return RecordDraft.of(RecordKind.CHECKIN, Map.of("member", "m" + i, "padding", "x".repeat(3000)));
    }

    @Test
    void fullDiskRefusesTheAppendNamingFileAndCauseAndKeepsEverythingBefore() throws Exception {
        Path ballast = mountPoint.resolve("ballast");
        Files.write(ballast, new byte[256 * 1024]);
        long lastConfirmed = 0;
        JournalException refused = null;
        try (SqliteJournal journal = SqliteJournal.open(options())) {
            for (int i = 0; i < 1000 && refused == null; i++) {
                try {
                    AppendReceipt receipt = journal.append(bulky(i));
                    lastConfirmed = receipt.seq();
                } catch (JournalException e) {
                    refused = e;
                }
            }
            assertThat(refused).as("the 1 MiB disk filled up").isNotNull();
            assertThat(refused.failure()).isEqualTo(Failure.DISK_FULL);
            assertThat(refused.getMessage()).contains(mountPoint.resolve("journal.db").toString()).contains("disk is full");
            assertThat(journal.lastSeq()).isEqualTo(lastConfirmed);

            // Staff free space; the very next append continues the chain without a gap.
            Files.delete(ballast);
            assertThat(journal.append(bulky(-1)).seq()).isEqualTo(lastConfirmed + 1);
        }
        try (SqliteJournalReader reader = SqliteJournalReader.open(mountPoint.resolve("journal.db"))) {
            ChainVerifier verifier = new ChainVerifier(KeyDirectory.of(key.publicKey()), 0, reader.info().genesisHash());
            reader.readAfter(0, 10_000).forEach(verifier::accept);
            assertThat(verifier.report().intact()).isTrue();
            assertThat(verifier.report().lastGoodSeq()).isEqualTo(lastConfirmed + 1);
        }
    }

    @Test
    void readOnlyFileSystemRefusesToOpenTheWriterNamingTheCause() throws Exception {
        try (SqliteJournal journal = SqliteJournal.open(options())) {
            journal.append(bulky(1));
        }
        assertThat(run("mount", "-o", "remount,ro", mountPoint.toString())).isZero();

        assertThatThrownBy(() -> SqliteJournal.open(options()))
                .isInstanceOfSatisfying(JournalException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.READ_ONLY);
                    assertThat(e.getMessage()).contains(mountPoint.toString()).contains("Read-only file system");
                });
    }
}
