package org.madang.kiosk.station;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.madang.kiosk.checkin.CheckinDesk;
import org.madang.kiosk.checkin.CheckinOutcome;
import org.madang.kiosk.checkin.CheckinRefusal;
import org.madang.kiosk.hardware.BuzzerPattern;
import org.madang.kiosk.hardware.DevicePeripherals;
import org.madang.kiosk.hardware.LedState;
import org.madang.kiosk.scan.ScanListener;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.station.input.ScanInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The headless check-in loop: scans from an input, one at a time through the desk, a result line
 * after each (written only once the desk has returned, so after the durable append), then light
 * and sound.
 *
 * <p>The input is read on its own thread into a queue, so a scanner's burst is taken in at once
 * (a serial port or keyboard device must be drained promptly) while the desk works through it.
 */
public final class Station implements ScanListener {

    private static final Logger log = LoggerFactory.getLogger(Station.class);
    /** Enough for a long queue of people scanning at once; beyond that the reader waits. */
    static final int QUEUE_CAPACITY = 100_000;

    private final CheckinDesk desk;
    private final String eventId;
    private final DevicePeripherals peripherals;
    private final ScanResultWriter results;

    public Station(CheckinDesk desk, String eventId, DevicePeripherals peripherals, ScanResultWriter results) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.eventId = Objects.requireNonNull(eventId, "eventId");
        this.peripherals = Objects.requireNonNull(peripherals, "peripherals");
        this.results = Objects.requireNonNull(results, "results");
    }

    /** Handles one scan on the caller's thread, as {@link #handle} does. */
    @Override
    public void onScan(String payload, ScanSource source) {
        handle(payload, source);
    }

    /** Checks in, writes the result line, signals it; returns the outcome. */
    public CheckinOutcome handle(String payload, ScanSource source) {
        CheckinOutcome outcome;
        try {
            outcome = desk.checkIn(payload, source, eventId);
        } catch (RuntimeException e) {
            // A bug, not bad input (the desk answers bad input): the person must hear it was not kept.
            log.error("check-in failed unexpectedly; nothing was recorded", e);
            outcome = new CheckinOutcome.Rejected(CheckinRefusal.NOT_RECORDED, Optional.empty());
        }
        results.write(eventId, outcome);
        signal(outcome);
        return outcome;
    }

    private void signal(CheckinOutcome outcome) {
        switch (outcome) {
            case CheckinOutcome.Accepted accepted -> {
                peripherals.led().show(LedState.WAITING);
                peripherals.buzzer().play(BuzzerPattern.SUCCESS);
            }
            case CheckinOutcome.Duplicate duplicate -> peripherals.buzzer().play(BuzzerPattern.DUPLICATE);
            case CheckinOutcome.Rejected rejected -> {
                if (rejected.reason() == CheckinRefusal.NOT_RECORDED) {
                    peripherals.led().show(LedState.FAULT);
                }
                peripherals.buzzer().play(BuzzerPattern.FAILURE);
            }
        }
    }

    /**
     * Reads {@code input} to its end, handling every scan in order; returns how many were handled.
     *
     * @throws IOException if the input failed (after handling everything read before)
     */
    public long run(ScanInput input) throws IOException, InterruptedException {
        BlockingQueue<Scan> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
        IOException[] failure = new IOException[1];
        Thread reader = Thread.ofPlatform().name("scan-input").daemon().start(() -> {
            try {
                input.readInto((payload, source) -> enqueue(queue, new Scan(payload, source)));
            } catch (IOException e) {
                failure[0] = e;
            } finally {
                enqueue(queue, Scan.END);
            }
        });
        long handled = 0;
        while (true) {
            Scan scan = queue.take();
            if (scan == Scan.END) {
                break;
            }
            handle(scan.payload(), scan.source());
            handled++;
        }
        reader.join();
        if (failure[0] != null) {
            throw failure[0];
        }
        return handled;
    }

    private static void enqueue(BlockingQueue<Scan> queue, Scan scan) {
        try {
            queue.put(scan);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing a scan", e);
        }
    }

    private record Scan(String payload, ScanSource source) {
        static final Scan END = new Scan("", ScanSource.STDIN);
    }
}
