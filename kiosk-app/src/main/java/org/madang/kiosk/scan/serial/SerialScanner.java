package org.madang.kiosk.scan.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.madang.kiosk.scan.ScanListener;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.scan.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial (USB CDC-ACM) QR scanner read with jSerialComm on its own thread; each line is
 * reported as {@link ScanSource#SERIAL}.
 *
 * <p>{@link #start()} opens the port and fails if it cannot (a wrong path is a setup error staff
 * must see). If the port later fails (the scanner was unplugged), the thread reopens it every
 * {@link #REOPEN_EVERY} until it is back or the scanner is closed.
 */
public final class SerialScanner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SerialScanner.class);

    /** The wait between attempts to reopen a port that failed. */
    public static final Duration REOPEN_EVERY = Duration.ofSeconds(1);

    /** How long one read blocks before the thread checks the idle timeout and close(). */
    static final int READ_TIMEOUT_MS = 50;

    private final SerialSettings settings;
    private final ScanListener listener;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private volatile boolean closed;
    private volatile SerialPort port;
    private Thread reader;

    public SerialScanner(SerialSettings settings, ScanListener listener, LongSupplier nanoTime, Sleeper sleeper) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Opens the port and starts the reading thread. */
    public synchronized void start() throws IOException {
        if (reader != null) {
            throw new IllegalStateException("serial scanner already started");
        }
        port = open();
        reader = Thread.ofPlatform().daemon().name("serial-scanner").start(this::run);
    }

    private SerialPort open() throws IOException {
        SerialPort p;
        try {
            p = SerialPort.getCommPort(settings.port());
        } catch (RuntimeException e) {
            throw new IOException("no serial port at " + settings.port(), e);
        }
        p.setComPortParameters(settings.baudRate(), settings.dataBits(), settings.stopBits(), settings.parity());
        p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_TIMEOUT_MS, 0);
        if (!p.openPort()) {
            throw new IOException("cannot open serial port " + settings.port() + " (error " + p.getLastErrorCode()
                    + "); check the path and that this user is in the dialout group");
        }
        return p;
    }

    private void run() {
        var framer = new LineFramer(settings.maxLineBytes(), settings.idleTimeout());
        byte[] buffer = new byte[1024];
        try {
            while (!closed) {
                SerialPort current = port;
                if (current == null) {
                    current = reopen();
                    if (current == null) {
                        continue;
                    }
                }
                int n = current.readBytes(buffer, buffer.length);
                long now = nanoTime.getAsLong();
                if (n < 0) {
                    if (!closed) {
                        log.warn("serial scanner {} failed (error {}); reopening", settings.port(), current.getLastErrorCode());
                    }
                    current.closePort();
                    port = null;
                    continue;
                }
                for (LineFramer.Line line : framer.accept(buffer, 0, n, now)) {
                    deliver(line);
                }
                framer.expire(now).ifPresent(this::deliver);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            SerialPort last = port;
            if (last != null) {
                last.closePort();
            }
        }
    }

    private SerialPort reopen() throws InterruptedException {
        sleeper.sleep(REOPEN_EVERY);
        if (closed) {
            return null;
        }
        try {
            port = open();
            log.info("serial scanner {} reopened", settings.port());
            return port;
        } catch (IOException e) {
            log.debug("serial scanner {} still absent: {}", settings.port(), e.getMessage());
            return null;
        }
    }

    private void deliver(LineFramer.Line line) {
        if (line.truncated()) {
            log.warn("serial scan longer than {} bytes was cut", settings.maxLineBytes());
        }
        try {
            listener.onScan(line.text(), ScanSource.SERIAL);
        } catch (RuntimeException e) {
            log.error("scan listener failed on a serial scan", e);
        }
    }

    /** Stops the reading thread (within one read timeout) and closes the port. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            closed = true;
            t = reader;
        }
        if (t != null) {
            // No interrupt: it could land in the listener mid-append; the read times out in 50 ms.
            try {
                t.join(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                // The reader stops on its own within one read timeout; keep the caller's interrupt.
                Thread.currentThread().interrupt();
            }
        } else if (port != null) {
            port.closePort();
        }
    }

    /** Whether the reading thread is still running (after {@link #close()}: it outlived the join). */
    synchronized boolean reading() {
        return reader != null && reader.isAlive();
    }
}
