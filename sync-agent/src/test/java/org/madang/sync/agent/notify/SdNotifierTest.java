package org.madang.sync.agent.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SdNotifierTest {

    private static final long PID = ProcessHandle.current().pid();

    @TempDir
    Path temp;

    private static Map<String, String> environment(String notifySocket, String watchdogUsec, String watchdogPid) {
        Map<String, String> environment = new HashMap<>();
        environment.put("NOTIFY_SOCKET", notifySocket);
        if (watchdogUsec != null) {
            environment.put("WATCHDOG_USEC", watchdogUsec);
        }
        if (watchdogPid != null) {
            environment.put("WATCHDOG_PID", watchdogPid);
        }
        return environment;
    }

    @Test
    void sendsReadyWatchdogStatusAndStoppingToASocketFile() throws Exception {
        try (NotifySocketServer systemd = NotifySocketServer.at(temp.resolve("notify"));
                ServiceNotifier notifier = SdNotifier.fromEnvironment(
                        environment(systemd.notifySocket(), "600000000", String.valueOf(PID)), PID)) {
            assertThat(notifier).isInstanceOf(SdNotifier.class);
            assertThat(notifier.watchdogTimeout()).contains(Duration.ofMinutes(10));

            notifier.ready("starting the first pass");
            notifier.watchdog("last pass DONE; 0 record(s) waiting;\nnext pass in 30 s");
            notifier.watchdog();
            notifier.stopping();
            notifier.stopping();
            notifier.watchdog("stopping, still watched");

            assertThat(systemd.receive()).isEqualTo("READY=1\nSTATUS=starting the first pass");
            assertThat(systemd.receive()).isEqualTo("WATCHDOG=1\nSTATUS=last pass DONE; 0 record(s) waiting; next pass in 30 s");
            assertThat(systemd.receive()).isEqualTo("WATCHDOG=1");
            assertThat(systemd.receive()).isEqualTo("STOPPING=1\nSTATUS=stopping");
            // Stopping is said once, however many times the hook and the command ask.
            assertThat(systemd.receive()).isEqualTo("WATCHDOG=1\nSTATUS=stopping, still watched");
        }
    }

    @Test
    void sendsToAnAbstractSocketNamedWithAnAt() throws Exception {
        String name = "madang-sd-notifier-test-" + UUID.randomUUID();
        try (NotifySocketServer systemd = NotifySocketServer.inAbstractNamespace(name);
                ServiceNotifier notifier = SdNotifier.fromEnvironment(environment("@" + name, null, null), PID)) {
            notifier.ready("starting the first pass");

            assertThat(systemd.receive()).isEqualTo("READY=1\nSTATUS=starting the first pass");
        }
    }

    @Test
    void withoutAWatchdogSendsTheStatusButNoPing() throws Exception {
        try (NotifySocketServer systemd = NotifySocketServer.at(temp.resolve("notify"));
                ServiceNotifier notifier = SdNotifier.fromEnvironment(environment(systemd.notifySocket(), null, null), PID)) {
            assertThat(notifier.watchdogTimeout()).isEmpty();

            notifier.watchdog();
            notifier.watchdog("last pass UNAVAILABLE");

            assertThat(systemd.receive()).isEqualTo("STATUS=last pass UNAVAILABLE");
        }
    }

    @Test
    void sendsNothingAfterClose() throws Exception {
        try (NotifySocketServer systemd = NotifySocketServer.at(temp.resolve("notify"))) {
            ServiceNotifier notifier = SdNotifier.fromEnvironment(environment(systemd.notifySocket(), null, null), PID);
            notifier.close();
            notifier.stopping();
            notifier.ready("too late");
            try (ServiceNotifier other = SdNotifier.fromEnvironment(environment(systemd.notifySocket(), null, null), PID)) {
                other.ready("the next datagram is this one");
            }

            assertThat(systemd.receive()).isEqualTo("READY=1\nSTATUS=the next datagram is this one");
        }
    }

    @Test
    void aSocketThatIsGoneDoesNotStopTheAgent() throws Exception {
        try (ServiceNotifier notifier = SdNotifier.fromEnvironment(
                environment(temp.resolve("nobody-listens").toString(), "1000000", null), PID)) {
            notifier.ready("starting the first pass");
            notifier.watchdog();

            assertThat(notifier.watchdogTimeout()).contains(Duration.ofSeconds(1));
        }
    }

    @Test
    void withoutNotifySocketTellsNobody() {
        assertThat(SdNotifier.fromEnvironment(Map.of("WATCHDOG_USEC", "1000000"), PID)).isSameAs(ServiceNotifier.none());
        assertThat(SdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", ""), PID)).isSameAs(ServiceNotifier.none());
        assertThat(ServiceNotifier.none().watchdogTimeout()).isEmpty();
    }

    @Test
    void anAddressSystemdWouldNotGiveTellsNobody() {
        assertThat(SdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", "run/systemd/notify"), PID))
                .isSameAs(ServiceNotifier.none());
        assertThat(SdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", "vsock:2:1234"), PID))
                .isSameAs(ServiceNotifier.none());
    }

    @Test
    void readsTheAddressLikeSdNotify() {
        assertThat(NotifyAddress.parse("/run/systemd/notify")).isEqualTo(
                new NotifyAddress("/run/systemd/notify", false, "/run/systemd/notify"));
        assertThat(NotifyAddress.parse("@/org/freedesktop/systemd1/notify/123")).isEqualTo(
                new NotifyAddress("@/org/freedesktop/systemd1/notify/123", true, "/org/freedesktop/systemd1/notify/123"));
        assertThatThrownBy(() -> NotifyAddress.parse("@")).hasMessageContaining("NOTIFY_SOCKET is \"@\"");
        assertThatThrownBy(() -> NotifyAddress.parse("notify")).hasMessageContaining("expected an absolute path");
        assertThatThrownBy(() -> NotifyAddress.parse("/" + "x".repeat(107)))
                .hasMessageContaining("108 bytes: an AF_UNIX address holds at most 107");
    }

    @Test
    void readsTheWatchdogLikeSdWatchdogEnabled() {
        assertThat(WatchdogSetting.timeout(Map.of(), PID)).isEmpty();
        assertThat(WatchdogSetting.timeout(Map.of("WATCHDOG_USEC", "30000000"), PID)).contains(Duration.ofSeconds(30));
        assertThat(WatchdogSetting.timeout(Map.of("WATCHDOG_USEC", "30000000", "WATCHDOG_PID", String.valueOf(PID)), PID))
                .contains(Duration.ofSeconds(30));
        // Set for another process (a parent that exec'd us without clearing it): not ours to ping.
        assertThat(WatchdogSetting.timeout(Map.of("WATCHDOG_USEC", "30000000", "WATCHDOG_PID", String.valueOf(PID + 1)), PID))
                .isEmpty();
        assertThatThrownBy(() -> WatchdogSetting.timeout(Map.of("WATCHDOG_USEC", "0"), PID))
                .hasMessageContaining("WATCHDOG_USEC is \"0\": expected a positive whole number");
        assertThatThrownBy(() -> WatchdogSetting.timeout(Map.of("WATCHDOG_USEC", "18446744073709551615"), PID))
                .hasMessageContaining("WATCHDOG_USEC");
        assertThatThrownBy(() -> WatchdogSetting.timeout(Map.of("WATCHDOG_USEC", "5", "WATCHDOG_PID", "me"), PID))
                .hasMessageContaining("WATCHDOG_PID is \"me\"");
    }

    @Test
    void anInvalidWatchdogStillNotifies() throws Exception {
        try (NotifySocketServer systemd = NotifySocketServer.at(temp.resolve("notify"));
                ServiceNotifier notifier = SdNotifier.fromEnvironment(environment(systemd.notifySocket(), "soon", null), PID)) {
            assertThat(notifier.watchdogTimeout()).isEmpty();
            notifier.ready("starting the first pass");

            assertThat(systemd.receive()).startsWith("READY=1");
        }
    }

    @Test
    void aStatusIsOneShortLine() {
        assertThat(SdNotifier.oneLine("a\r\nb\n\nc ")).isEqualTo("a b c");
        assertThat(SdNotifier.oneLine("x".repeat(500))).hasSize(SdNotifier.MAX_STATUS_CHARS).endsWith("…");
    }
}
