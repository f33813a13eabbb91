package org.madang.device.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.madang.journal.JournalException;
import org.madang.journal.JournalRecord;
import org.madang.journal.chain.ChainBreak;
import org.madang.journal.chain.ChainVerifier;
import org.madang.journal.chain.VerificationReport;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.journal.signing.KeyDirectory;
import org.madang.journal.sqlite.SqliteJournalReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code device-config journal-verify}: walks the whole journal from its genesis and checks the
 * sequence, the hash chain and every signature against the device's public key.
 */
@Command(name = "journal-verify")
final class JournalVerifyCommand implements Callable<Integer> {

    /** Records per read: bounded memory on a Pi with a journal of a million records. */
    static final int BATCH = 1_000;

    @Mixin
    private CommonOptions common;

    @Mixin
    private DataDirOption dataDir;

    @Override
    public Integer call() throws CommandFailure {
        Environment environment = common.environment();
        DataDirectory directory = dataDir.existing();
        Ed25519PublicKey key = directory.readPublicKey();
        VerificationReport report;
        try (SqliteJournalReader reader = SqliteJournalReader.open(directory.journalFile())) {
            report = verify(reader, key);
        } catch (JournalException e) {
            throw Failures.journal(e);
        }
        if (report.intact()) {
            environment.out().println(common.messages().get("journal-verify.intact",
                    directory.journalFile(), report.recordsChecked(), String.valueOf(report.lastGoodSeq())));
            return ExitStatus.OK.code();
        }
        // A broken journal is an alarm: said in both languages, like an error.
        ChainBreak broken = report.firstBreak().orElseThrow();
        Bilingual.print(environment.out(), List.of(
                Text.of("journal-verify.broken", directory.journalFile(), String.valueOf(broken.seq())),
                Text.of("journal-verify.reason." + broken.reason().name()).indented(),
                Text.of("journal-verify.checked", report.recordsChecked(), String.valueOf(report.lastGoodSeq())).indented()));
        environment.out().println("  (" + broken.detail() + ")");
        return ExitStatus.CHECK_FAILED.code();
    }

    static VerificationReport verify(SqliteJournalReader reader, Ed25519PublicKey key) throws JournalException {
        ChainVerifier verifier = new ChainVerifier(KeyDirectory.of(key), 0, reader.info().genesisHash());
        long after = 0;
        for (List<JournalRecord> batch = reader.readAfter(after, BATCH); !batch.isEmpty();
                batch = reader.readAfter(after, BATCH)) {
            for (JournalRecord record : batch) {
                if (!verifier.accept(record)) {
                    return verifier.report();
                }
            }
            after = batch.getLast().seq();
        }
        return verifier.report();
    }
}
