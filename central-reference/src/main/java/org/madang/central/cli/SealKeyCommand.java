package org.madang.central.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.madang.central.poll.PollKeys;
import org.madang.device.cli.ExitStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code seal-key}: a sealed poll's X25519 key pair. The private key stays in the home (mode
 * 0600, never printed); stdout is the {@code seal} JSON to put into the poll's definition, and
 * stderr says where the key is kept, in Korean and English.
 */
@Command(name = "seal-key")
final class SealKeyCommand implements Callable<Integer> {

    private static final Pattern POLL_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", required = true, descriptionKey = "dir")
    private Path dir;

    @Option(names = "--poll", required = true, descriptionKey = "poll")
    private String poll;

    @Option(names = "--kid", descriptionKey = "kid")
    private String kid;

    @Override
    public Integer call() throws CommandFailure {
        if (!POLL_ID.matcher(poll).matches()) {
            throw new CommandFailure(ExitStatus.USAGE, Text.of("error.seal-key.poll", poll));
        }
        String keyId = kid != null ? kid : "poll-" + poll;
        try {
            PollKeys.Created created = new PollKeys(Homes.open(dir).dir()).create(poll, keyId);
            spec.commandLine().getOut().println(created.sealJson().toString());
            spec.commandLine().getOut().flush();
            Bilingual.print(spec.commandLine().getErr(), java.util.List.of(Text.of("seal-key.done", poll, keyId,
                    created.file())));
            return 0;
        } catch (FileAlreadyExistsException e) {
            throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.seal-key.exists", keyId, e.getFile()));
        } catch (IOException e) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.file", dir.resolve(PollKeys.FOLDER),
                    e.getMessage()));
        }
    }
}
