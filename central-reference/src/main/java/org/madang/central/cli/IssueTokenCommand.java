package org.madang.central.cli;

import org.madang.device.cli.ExitStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.madang.central.CentralHome;
import org.madang.device.profile.DongCode;
import org.madang.device.token.TokenIssuer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code issue-token}: a member, voucher or staff token signed with the central's key; prints the JWT. */
@Command(name = "issue-token")
final class IssueTokenCommand implements Callable<Integer> {

    /** The token types, as {@code --type} names them. */
    enum Type { member, voucher, staff }

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", required = true, descriptionKey = "dir")
    private Path dir;

    @Option(names = "--type", required = true, descriptionKey = "type")
    private Type type;

    @Option(names = "--sub", descriptionKey = "sub")
    private String sub;

    @Option(names = "--dong", descriptionKey = "dong")
    private String dong;

    @Option(names = "--birth-year", descriptionKey = "birth-year")
    private Integer birthYear;

    @Option(names = "--poll", descriptionKey = "poll")
    private String poll;

    @Option(names = "--serial", descriptionKey = "serial")
    private String serial;

    @Option(names = "--name", descriptionKey = "name")
    private String name;

    @Option(names = "--valid-days", defaultValue = "365", descriptionKey = "valid-days")
    private int validDays;

    @Override
    public Integer call() throws CommandFailure {
        if (validDays < 1 || validDays > 3650) {
            throw new CommandFailure(ExitStatus.USAGE, Text.of("error.usage", "--valid-days must be 1 to 3650"));
        }
        CentralHome home = Homes.open(dir);
        TokenIssuer issuer = new TokenIssuer(home.signingKey(), home.signingKeyId());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant expires = now.plus(Duration.ofDays(validDays));
        String token = switch (type) {
            case member -> {
                need(sub, "--sub");
                need(dong, "--dong");
                need(birthYear, "--birth-year");
                if (!DongCode.isValid(dong)) {
                    throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.input", "--dong " + dong
                            + " is not a 10-digit administrative dong code (e.g. " + DongCode.EXAMPLE + ")"));
                }
                yield issuer.member(sub, dong, birthYear, now, expires);
            }
            case voucher -> {
                need(poll, "--poll");
                need(serial, "--serial");
                yield issuer.voucher(poll, serial, now, expires);
            }
            case staff -> {
                need(sub, "--sub");
                need(name, "--name");
                yield issuer.staff(sub, name, now, expires);
            }
        };
        spec.commandLine().getOut().println(token);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private void need(Object value, String option) throws CommandFailure {
        if (value == null || value.toString().isBlank()) {
            throw new CommandFailure(ExitStatus.USAGE, Text.of("error.token.missing", type, option));
        }
    }
}
