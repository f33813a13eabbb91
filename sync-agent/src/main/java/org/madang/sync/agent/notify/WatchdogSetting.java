package org.madang.sync.agent.notify;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * Whether systemd watches this process, read as {@code sd_watchdog_enabled(3)} does: {@code WATCHDOG_USEC}
 * is the timeout in microseconds (WatchdogSec=), and {@code WATCHDOG_PID}, when set, must be this
 * process's id (otherwise the variables were inherited from a parent that is the one watched).
 */
final class WatchdogSetting {

    private WatchdogSetting() {
    }

    /**
     * The watchdog timeout for process {@code pid}, or empty when systemd does not watch it.
     *
     * @throws IllegalArgumentException if a variable is set but is not a positive number
     */
    static Optional<Duration> timeout(Map<String, String> environment, long pid) {
        String usec = environment.get("WATCHDOG_USEC");
        if (usec == null || usec.isEmpty()) {
            return Optional.empty();
        }
        long micros = positive("WATCHDOG_USEC", usec);
        String watchedPid = environment.get("WATCHDOG_PID");
        if (watchedPid != null && !watchedPid.isEmpty() && positive("WATCHDOG_PID", watchedPid) != pid) {
            return Optional.empty();
        }
        return Optional.of(Duration.of(micros, ChronoUnit.MICROS));
    }

    private static long positive(String name, String value) {
        long parsed;
        try {
            parsed = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            parsed = 0;
        }
        // systemd's "infinity" (2^64 - 1) does not fit a long and means no watchdog either.
        if (parsed <= 0) {
            throw new IllegalArgumentException(name + " is \"" + value + "\": expected a positive whole number; "
                    + "systemd sets it from WatchdogSec= in the unit");
        }
        return parsed;
    }
}
