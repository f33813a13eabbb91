package org.madang.sync.agent.notify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where {@code NOTIFY_SOCKET} says the service manager listens: a socket file ({@code /run/systemd/notify})
 * or a name in Linux's abstract namespace ({@code @name}, sent with a leading NUL byte instead of the {@code @}).
 *
 * @param value the variable as systemd set it
 * @param isAbstract whether it names an abstract socket
 * @param name the socket file, or the abstract name without its {@code @}
 */
record NotifyAddress(String value, boolean isAbstract, String name) {

    /** {@code sun_path} holds 108 bytes: a path and its terminating NUL, or the NUL and an abstract name. */
    static final int MAX_BYTES = 107;

    /**
     * Reads {@code NOTIFY_SOCKET}.
     *
     * @throws IllegalArgumentException if it is neither an absolute path nor {@code @name}, or too long
     */
    static NotifyAddress parse(String value) {
        String fix = "; systemd sets it for Type=notify services (an absolute socket path, or @ and an abstract name)";
        if (value.startsWith("/")) {
            check(value, value.getBytes(StandardCharsets.UTF_8).length, fix);
            return new NotifyAddress(value, false, value);
        }
        if (value.startsWith("@") && value.length() > 1) {
            String name = value.substring(1);
            check(value, name.getBytes(StandardCharsets.UTF_8).length, fix);
            return new NotifyAddress(value, true, name);
        }
        throw new IllegalArgumentException("NOTIFY_SOCKET is \"" + value
                + "\": expected an absolute path (/run/systemd/notify) or @name" + fix);
    }

    private static void check(String value, int bytes, String fix) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("NOTIFY_SOCKET \"" + value.replace('\0', '?') + "\" holds a NUL byte" + fix);
        }
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("NOTIFY_SOCKET \"" + value + "\" is " + bytes + " bytes: an AF_UNIX address holds at most "
                    + MAX_BYTES + fix);
        }
    }

    /** The socket file (not for abstract addresses). */
    Path path() {
        return Path.of(name);
    }

    @Override
    public String toString() {
        return value;
    }
}
