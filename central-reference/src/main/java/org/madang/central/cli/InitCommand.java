package org.madang.central.cli;

import org.madang.device.cli.ExitStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Callable;
import org.madang.central.CentralHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code init}: a new home with a signing key and an admin token; prints kid and x. */
@Command(name = "init")
final class InitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", required = true, descriptionKey = "dir")
    private Path dir;

    @Option(names = "--kid", defaultValue = CentralHome.DEFAULT_KID, descriptionKey = "kid")
    private String kid;

    @Override
    public Integer call() throws CommandFailure {
        CentralHome home;
        try {
            home = CentralHome.init(dir, new SecureRandom(), kid);
        } catch (IOException e) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.home", e.getMessage()));
        }
        var out = spec.commandLine().getOut();
        Bilingual.print(out, List.of(Text.of("init.done", dir), Text.of("init.token", dir.resolve(CentralHome.ADMIN_TOKEN_FILE)),
                Text.of("init.profile")));
        out.println("kid: " + home.signingKeyId());
        out.println("x: " + home.publicJwkX());
        out.flush();
        return 0;
    }
}
