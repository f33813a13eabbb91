package org.madang.central.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.madang.central.Central;
import org.madang.central.poll.ClosingRefused;
import org.madang.device.cli.ExitStatus;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code import-closing}: a terminal's closing sheet from its QR text (fallback transfer when the
 * terminal never syncs). Prints whether it was stored and its comparison with what the terminal
 * synced; exit 1 when it is refused (forged, altered, unknown device) or differs.
 */
@Command(name = "import-closing")
final class ImportClosingCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", required = true, descriptionKey = "dir")
    private Path dir;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    @Option(names = "--db", descriptionKey = "db")
    private String db;

    /** Exactly one of the two. */
    static final class Source {
        @Option(names = "--text", required = true, descriptionKey = "text")
        String text;

        @Option(names = "--file", required = true, descriptionKey = "file")
        Path file;
    }

    @Override
    public Integer call() throws CommandFailure {
        String text;
        if (source.file != null) {
            try {
                text = Files.readString(source.file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.file", source.file, e.getMessage()));
            }
        } else {
            text = source.text;
        }
        try (Central central = Homes.central(dir, Optional.ofNullable(db))) {
            ObjectNode result = central.importClosing(text);
            List<Text> lines = new ArrayList<>();
            lines.add(Text.of(result.get("stored").asBoolean() ? "closing.stored" : "closing.again",
                    result.get("deviceId").asText(), result.get("pollId").asText(), result.get("closedAt").asText()));
            if (result.get("match").asBoolean()) {
                lines.add(Text.of("closing.match"));
            }
            for (JsonNode difference : result.get("differences")) {
                lines.add(Text.of("closing.difference", difference.get("field").asText(),
                        difference.get("sheet").asText(), difference.get("synced").asText()));
            }
            Bilingual.print(spec.commandLine().getOut(), lines);
            return result.get("match").asBoolean() ? 0 : ExitStatus.CHECK_FAILED.code();
        } catch (ClosingRefused e) {
            throw new CommandFailure(ExitStatus.CHECK_FAILED, new Text(ClosingRefused.bundle(), e.key(), e.args()));
        }
    }
}
