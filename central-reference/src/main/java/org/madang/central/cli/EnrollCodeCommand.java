package org.madang.central.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.madang.central.Central;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enroll-code}: a one-time enrollment code for a site; prints the code. */
@Command(name = "enroll-code")
final class EnrollCodeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", required = true, descriptionKey = "dir")
    private Path dir;

    @Option(names = "--site-code", required = true, descriptionKey = "site-code")
    private String siteCode;

    @Option(names = "--roles", required = true, split = ",", descriptionKey = "roles")
    private List<String> roles;

    @Option(names = "--valid-for", defaultValue = "24h", descriptionKey = "valid-for")
    private String validFor;

    // The first spelling, before "enrollment" took --valid-for: kept so existing scripts work.
    @Option(names = "--valid-hours", hidden = true, descriptionKey = "valid-hours")
    private Integer validHours;

    @Option(names = "--db", descriptionKey = "db")
    private String db;

    @Override
    public Integer call() throws CommandFailure {
        try (Central central = Homes.central(dir, Optional.ofNullable(db))) {
            String code = central.createEnrollmentCode(siteCode, new LinkedHashSet<>(roles), validHours != null ? Duration.ofHours(validHours) : ValidFor.parse(validFor));
            spec.commandLine().getOut().println(code);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
