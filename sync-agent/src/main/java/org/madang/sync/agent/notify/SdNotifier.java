package org.madang.sync.agent.notify;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsclub.net.unix.AFUNIXDatagramChannel;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sd_notify protocol without libsystemd: each notification is one datagram of {@code KEY=value}
 * lines sent to the AF_UNIX socket {@code NOTIFY_SOCKET} names (junixsocket provides the datagram
 * socket the JDK lacks). Like {@code sd_notify(3)} it sends to the address every time rather than
 * connecting once, so a service manager that re-creates its socket (daemon-reexec) still hears it.
 */
public final class SdNotifier implements ServiceNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(SdNotifier.class);

    /** A status longer than this is cut: systemctl shows one line. */
    static final int MAX_STATUS_CHARS = 200;

    private final NotifyAddress address;
    private final AFUNIXSocketAddress target;
    private final AFUNIXDatagramChannel channel;
    private final Optional<Duration> watchdogTimeout;
    private boolean failing; // guarded by this: log the first failure of a run of them, not each
    private boolean stopping; // guarded by this: the shutdown hook and the command's end both say it
    private boolean closed; // guarded by this: the hook may still notify after the command closed

    private SdNotifier(NotifyAddress address, AFUNIXSocketAddress target, AFUNIXDatagramChannel channel,
            Optional<Duration> watchdogTimeout) {
        this.address = address;
        this.target = target;
        this.channel = channel;
        this.watchdogTimeout = watchdogTimeout;
    }

    /**
     * The notifier for this process's environment: none when {@code NOTIFY_SOCKET} is unset (a run by
     * hand, a test), nor when it is invalid or the socket cannot be made (logged as errors: a
     * Type=notify unit then times out starting and restarts the agent, which the log explains).
     *
     * @param environment the process's variables ({@code NOTIFY_SOCKET}, {@code WATCHDOG_USEC}, {@code WATCHDOG_PID})
     * @param pid this process's id, compared with {@code WATCHDOG_PID}
     */
    public static ServiceNotifier fromEnvironment(Map<String, String> environment, long pid) {
        String value = environment.get("NOTIFY_SOCKET");
        if (value == null || value.isEmpty()) {
            return ServiceNotifier.none();
        }
        Optional<Duration> watchdog;
        try {
            watchdog = WatchdogSetting.timeout(environment, pid);
        } catch (IllegalArgumentException e) {
            LOG.warn("systemd watchdog ignored: {}", e.getMessage());
            watchdog = Optional.empty();
        }
        NotifyAddress address;
        try {
            address = NotifyAddress.parse(value);
        } catch (IllegalArgumentException e) {
            LOG.error("cannot notify systemd: {}", e.getMessage());
            return ServiceNotifier.none();
        }
        try {
            AFUNIXSocketAddress target = address.isAbstract() ? AFUNIXSocketAddress.inAbstractNamespace(address.name())
                    : AFUNIXSocketAddress.of(address.path());
            AFUNIXDatagramChannel channel = AFUNIXDatagramChannel.open();
            try {
                // A service manager that stops reading must not block the loop or the shutdown hook:
                // the datagram is dropped (and logged) instead.
                channel.configureBlocking(false);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            LOG.info("notifying systemd at {}; watchdog {}", address,
                    watchdog.map(d -> d.toMillis() + " ms").orElse("off"));
            return new SdNotifier(address, target, channel, watchdog);
        } catch (IOException | RuntimeException | LinkageError e) {
            // LinkageError: junixsocket's JNI library could not be unpacked or loaded (e.g. a noexec /tmp).
            LOG.error("cannot notify systemd at {}: no AF_UNIX datagram socket ({}); check that java.io.tmpdir "
                    + "is writable and not mounted noexec", address, e.toString());
            return ServiceNotifier.none();
        }
    }

    @Override
    public void ready(String status) {
        send("READY=1\nSTATUS=" + oneLine(status));
    }

    @Override
    public void watchdog() {
        if (watchdogTimeout.isPresent()) {
            send("WATCHDOG=1");
        }
    }

    @Override
    public void watchdog(String status) {
        send(watchdogTimeout.isPresent() ? "WATCHDOG=1\nSTATUS=" + oneLine(status) : "STATUS=" + oneLine(status));
    }

    @Override
    public synchronized void stopping() {
        if (!stopping) {
            stopping = true;
            send("STOPPING=1\nSTATUS=stopping");
        }
    }

    @Override
    public Optional<Duration> watchdogTimeout() {
        return watchdogTimeout;
    }

    @Override
    public synchronized void close() {
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("closing the notification socket", e);
        }
    }

    private synchronized void send(String message) {
        if (closed) {
            return;
        }
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        try {
            if (channel.send(ByteBuffer.wrap(bytes), target) == 0) {
                throw new IOException("its queue is full; the notification was dropped");
            }
            if (failing) {
                failing = false;
                LOG.info("notifying systemd at {} works again", address);
            }
        } catch (IOException | RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warn("cannot notify systemd at {}: {} (logged once until a notification gets through)", address,
                        e.toString());
            }
        }
    }

    /** A status is one line: a newline would start another KEY=value assignment. */
    static String oneLine(String status) {
        String line = Objects.requireNonNull(status, "status").replaceAll("[\\r\\n]+", " ").strip();
        return line.length() > MAX_STATUS_CHARS ? line.substring(0, MAX_STATUS_CHARS - 1) + "…" : line;
    }
}
