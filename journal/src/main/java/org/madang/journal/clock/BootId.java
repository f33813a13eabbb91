package org.madang.journal.clock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

/** The kernel's boot id: the same for every process until the next reboot. */
public final class BootId {

    private static final Path LINUX_BOOT_ID = Path.of("/proc/sys/kernel/random/boot_id");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    private BootId() {
    }

    /**
     * The running kernel's boot id; where the system has none (not Linux), a random id prefixed
     * {@code process-}, which makes monotonic times comparable only within this process.
     */
    public static String current() {
        try {
            String id = Files.readString(LINUX_BOOT_ID).trim();
            if (UUID_TEXT.matcher(id).matches()) {
                return id;
            }
        } catch (IOException | SecurityException e) {
            // Not Linux, or /proc not mounted: fall through to a per-process id.
        }
        return "process-" + UUID.randomUUID();
    }
}
