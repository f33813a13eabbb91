package org.madang.sync.agent.cli;

import org.madang.device.cli.ExitStatus;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.sync.ExportsFile;
import org.madang.journal.JournalException;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.sqlite.SqliteJournalReader;
import org.madang.sync.agent.device.AgentFiles;
import org.madang.sync.agent.device.AgentSetupException;
import org.madang.sync.agent.export.JournalExport;
import org.madang.sync.agent.text.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sync-agent export}: the complete journal as a signed file for a USB stick, for a device
 * that cannot reach its central. Needs no network and no enrollment.
 */
@Command(name = "export")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption data;

    @Option(names = "--to", required = true, paramLabel = "PATH", descriptionKey = "to")
    private Path target;

    @Override
    public Integer call() throws AgentSetupException, CommandFailure {
        AgentFiles files = data.files();
        DeviceProfile profile = files.profile();
        Ed25519KeyPair key = files.key();
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null || !java.nio.file.Files.isDirectory(parent)) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.export.no-directory", parent), null);
        }
        JournalExport.Summary summary;
        String journalId;
        try (SqliteJournalReader journal = files.openJournal()) {
            journalId = journal.info().journalId();
            summary = JournalExport.write(journal, profile.deviceId(), profile.site().dongCode(), key, target,
                    data.environment().clock().instant());
        } catch (FileAlreadyExistsException e) {
            throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.export.exists", target.toAbsolutePath()), e);
        } catch (IOException e) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.export.io", target.toAbsolutePath(),
                    e.toString()), e);
        } catch (JournalException e) {
            throw new AgentSetupException(Text.of("error.journal", e.getMessage()), e);
        }
        try {
            // What re-provisioning and reset check: these records are on a stick even if not uploaded.
            ExportsFile.in(files.dataDir()).add(new ExportsFile.Export(journalId, 1, summary.lastSeq(),
                    summary.file().toAbsolutePath().toString(), data.environment().clock().instant()));
        } catch (IOException e) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.export.record",
                    ExportsFile.in(files.dataDir()).file(), summary.file(), e.toString()), e);
        }
        Bilingual.print(data.environment().out(), Text.of("export.done", summary.file(), summary.records(),
                summary.bytes()));
        return ExitStatus.OK.code();
    }
}
