package org.madang.kiosk.ui.sound;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.madang.kiosk.hardware.BuzzerPattern;
import org.madang.kiosk.ui.port.ToneSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays outcome tones as generated sine beeps through the default audio output, on one daemon
 * thread so the screen never waits for sound. Without an audio device it logs once and stays
 * silent: sound is a help, never a requirement (the screen says the same).
 */
public final class SineTones implements ToneSignal {

    private static final Logger LOG = LoggerFactory.getLogger(SineTones.class);
    private static final float RATE = 44_100f;

    private final ExecutorService player = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kiosk-tones");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean silent;

    @Override
    public void play(BuzzerPattern pattern) {
        if (silent) {
            return;
        }
        try {
            player.execute(() -> sound(pattern));
        } catch (RejectedExecutionException e) {
            LOG.debug("Tone player stopped; {} not played", pattern);
        }
    }

    /** The samples of {@code pattern}: 16-bit signed little-endian mono. */
    static byte[] samples(BuzzerPattern pattern) {
        return switch (pattern) {
            // A rising pair: pleasant, short.
            case SUCCESS -> concat(beep(880, 120), beep(1320, 180));
            case DUPLICATE -> concat(beep(660, 120), silence(100), beep(660, 120));
            case FAILURE -> beep(330, 600);
        };
    }

    private void sound(BuzzerPattern pattern) {
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        byte[] data = samples(pattern);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(data, 0, data.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            silent = true;
            LOG.warn("No audio output ({}); outcome tones are off until restart. The screen still shows every outcome.",
                    e.toString());
        }
    }

    private static byte[] beep(double hertz, int millis) {
        int count = (int) (RATE * millis / 1000);
        byte[] out = new byte[count * 2];
        int fade = (int) (RATE * 0.005);
        for (int i = 0; i < count; i++) {
            // 5 ms fade in and out: no clicks.
            double envelope = Math.min(1, Math.min(i, count - 1 - i) / (double) fade);
            short value = (short) (Math.sin(2 * Math.PI * hertz * i / RATE) * envelope * 0.5 * Short.MAX_VALUE);
            out[2 * i] = (byte) value;
            out[2 * i + 1] = (byte) (value >> 8);
        }
        return out;
    }

    private static byte[] silence(int millis) {
        return new byte[(int) (RATE * millis / 1000) * 2];
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
