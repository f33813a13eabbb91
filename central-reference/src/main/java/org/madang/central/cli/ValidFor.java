package org.madang.central.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.madang.device.cli.ExitStatus;

/** How long an enrollment code works, as staff type it: a number and m, h or d ({@code 30m}, {@code 24h}, {@code 7d}). */
final class ValidFor {

    private static final Pattern DURATION = Pattern.compile("([1-9][0-9]{0,5})([mhd])");

    private ValidFor() {
    }

    /** The duration {@code text} names; a usage error naming it otherwise. */
    static Duration parse(String text) throws CommandFailure {
        Matcher matcher = DURATION.matcher(text.strip());
        if (!matcher.matches()) {
            throw new CommandFailure(ExitStatus.USAGE, Text.of("error.enrollment.valid-for", text));
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
