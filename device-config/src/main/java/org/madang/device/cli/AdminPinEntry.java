package org.madang.device.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.madang.device.pin.PinPolicy;
import org.madang.device.pin.PinRejection;

/**
 * Gets the new admin PIN: one line from standard input when asked to (installers, scripts),
 * otherwise typed twice at the terminal with echo off. Never from an option: command lines are
 * visible to every user in {@code ps} and stay in shell history.
 */
final class AdminPinEntry {

    private AdminPinEntry() {
    }

    /** A PIN that passed the policy. The caller clears the array after hashing. */
    static char[] read(Environment environment, boolean fromStdin, Messages messages) throws CommandFailure {
        char[] pin = fromStdin ? fromStdin(environment) : fromTerminal(environment, messages);
        Optional<PinRejection> rejection = PinPolicy.check(pin);
        if (rejection.isPresent()) {
            Arrays.fill(pin, '\0');
            throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.pin." + rejection.get().name(),
                    PinPolicy.MIN_LENGTH, PinPolicy.MAX_LENGTH));
        }
        return pin;
    }

    private static char[] fromStdin(Environment environment) throws CommandFailure {
        try {
            String line = new BufferedReader(new InputStreamReader(environment.stdin(), StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.pin.stdin-empty"));
            }
            return line.strip().toCharArray();
        } catch (IOException e) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, List.of(Text.of("error.pin.stdin-empty")), e);
        }
    }

    private static char[] fromTerminal(Environment environment, Messages messages) throws CommandFailure {
        SecretConsole console = environment.console().get().orElseThrow(() ->
                new CommandFailure(ExitStatus.USAGE, Text.of("error.pin.no-terminal")));
        char[] first = console.readSecret(messages.get("init.pin.prompt")).orElse(new char[0]);
        char[] second = console.readSecret(messages.get("init.pin.confirm")).orElse(new char[0]);
        boolean same = Arrays.equals(first, second);
        Arrays.fill(second, '\0');
        if (!same) {
            Arrays.fill(first, '\0');
            throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.pin.mismatch"));
        }
        return first;
    }
}
