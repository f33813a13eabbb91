package org.madang.kiosk.vote;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads aloud with {@code espeak-ng -v ko} (Debian package {@code espeak-ng}), one process per
 * sentence; a new sentence ends the previous process (by its handle, never by name).
 */
public final class EspeakSpeaker implements Speaker {

    private static final Logger log = LoggerFactory.getLogger(EspeakSpeaker.class);

    private final List<String> command;
    private Process playing;

    /** {@code espeak-ng -v ko}. */
    public EspeakSpeaker() {
        this(List.of("espeak-ng", "-v", "ko"));
    }

    /** Another command; the text is appended as the last argument. */
    public EspeakSpeaker(List<String> command) {
        this.command = List.copyOf(Objects.requireNonNull(command, "command"));
    }

    @Override
    public synchronized void say(String text) {
        if (playing != null && playing.isAlive()) {
            playing.destroy();
        }
        List<String> full = new java.util.ArrayList<>(command);
        // "--" so a sentence starting with '-' is never read as an option.
        full.add("--");
        full.add(text);
        try {
            playing = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            log.warn("read-aloud unavailable ({}): install the Debian package espeak-ng", e.getMessage());
        }
    }
}
