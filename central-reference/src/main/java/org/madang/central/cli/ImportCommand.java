package org.madang.central.cli;

import org.madang.device.cli.ExitStatus;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.madang.central.Central;
import org.madang.central.ImportResult;
import org.madang.sync.api.wire.RecordVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import}: a USB export, verified as a whole first, then stored like an upload. Prints
 * stored / duplicates / refused; exit 1 when records were refused.
 */
@Command(name = "import")
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", required = true, descriptionKey = "dir")
    private Path dir;

    @Parameters(index = "0", paramLabel = "BUNDLE", descriptionKey = "export")
    private Path file;

    @Option(names = "--enroll-code", descriptionKey = "enroll-code")
    private String code;

    @Option(names = "--db", descriptionKey = "db")
    private String db;

    @Override
    public Integer call() throws CommandFailure {
        if (!Files.isReadable(file)) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.file", file, "missing or not readable"));
        }
        try (Central central = Homes.central(dir, Optional.ofNullable(db))) {
            ImportResult result = central.importExport(file, Optional.ofNullable(code));
            List<Text> lines = new ArrayList<>();
            lines.add(Text.of("import.result", result.stored(), result.duplicates(), result.rejected().size(),
                    result.deviceId(), result.storedThrough()));
            // The first refusal says why; the AFTER_REJECTED ones behind it only repeat it.
            for (RecordVerdict verdict : result.rejected().subList(0, Math.min(3, result.rejected().size()))) {
                lines.add(Text.of("import.refused", verdict.seq(), verdict.reason(), verdict.detail()));
            }
            Bilingual.print(spec.commandLine().getOut(), lines);
            return result.rejected().isEmpty() ? 0 : ExitStatus.CHECK_FAILED.code();
        } catch (UncheckedIOException e) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.file", file, e.getCause().getMessage()));
        }
    }
}
