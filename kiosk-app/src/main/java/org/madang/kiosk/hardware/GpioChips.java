package org.madang.kiosk.hardware;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Whether the kernel offers GPIO character devices ({@code /dev/gpiochip*}), which the gpiod provider needs. */
public final class GpioChips {

    private GpioChips() {
    }

    /** Whether {@code devDirectory} holds at least one {@code gpiochip*} entry. */
    public static boolean present(Path devDirectory) {
        try (Stream<Path> entries = Files.list(devDirectory)) {
            return entries.anyMatch(entry -> entry.getFileName().toString().startsWith("gpiochip"));
        } catch (IOException e) {
            return false;
        }
    }
}
