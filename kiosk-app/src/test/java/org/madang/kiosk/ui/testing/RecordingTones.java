package org.madang.kiosk.ui.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.madang.kiosk.hardware.BuzzerPattern;
import org.madang.kiosk.ui.port.ToneSignal;

/** Remembers the tones it was asked to play. */
public final class RecordingTones implements ToneSignal {

    private final List<BuzzerPattern> played = new CopyOnWriteArrayList<>();

    @Override
    public void play(BuzzerPattern pattern) {
        played.add(pattern);
    }

    public List<BuzzerPattern> played() {
        return played;
    }
}
