package org.madang.device.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Optional;

/** Reads a secret from the terminal with echo off. A seam: tests supply their own. */
interface SecretConsole {

    /** The typed line without its newline, or empty at end of input. */
    Optional<char[]> readSecret(String prompt);

    /** The process's terminal, if it has one. */
    static Optional<SecretConsole> system() {
        Console console = System.console();
        if (console == null || !isTerminal(console)) {
            return Optional.empty();
        }
        return Optional.of(prompt -> Optional.ofNullable(console.readPassword("%s", prompt)));
    }

    /**
     * JDK 22 to 24 return a Console even when the streams are redirected and added
     * {@code Console.isTerminal()} to tell; this module compiles for 21, so the method is looked up.
     * On 21, and again from 25, a redirected process gets no Console at all.
     */
    private static boolean isTerminal(Console console) {
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
