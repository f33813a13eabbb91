package org.madang.central.cli;

import org.madang.device.cli.ExitStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.madang.central.Central;
import org.madang.central.content.ContentRejected;
import org.madang.device.content.ContentProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code publish}: numbers, signs and validates a content payload; prints the version. */
@Command(name = "publish")
final class PublishCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", required = true, descriptionKey = "dir")
    private Path dir;

    @Parameters(index = "0", paramLabel = "CONTENT.json", descriptionKey = "content")
    private Path file;

    @Option(names = "--db", descriptionKey = "db")
    private String db;

    @Override
    public Integer call() throws CommandFailure {
        JsonNode payload;
        try {
            payload = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.file", file, "no such file"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.json", file, e.getOriginalMessage()));
        } catch (IOException e) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.file", file, e.getMessage()));
        }
        try (Central central = Homes.central(dir, Optional.ofNullable(db))) {
            int version = central.publish(payload);
            spec.commandLine().getOut().println(version);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (ContentRejected e) {
            List<Text> lines = new ArrayList<>();
            lines.add(Text.of("error.content.invalid", file, e.problems().size()));
            for (ContentProblem problem : e.problems()) {
                List<Object> args = new ArrayList<>();
                args.add(problem.field());
                args.add(problem.value());
                args.addAll(problem.args());
                lines.add(new Text(Text.DEVICE_BUNDLE, "content.problem." + problem.code().name(), args));
            }
            throw new CommandFailure(ExitStatus.CHECK_FAILED, lines, e);
        }
    }
}
