package org.madang.kiosk.vote;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads aloud with {@code espeak-ng -v ko} (Debian package {@code espeak-ng}), one process per
 * sentence; a new sentence ends the previous process (by its handle, never by name). Processes
 * are started and ended on one daemon thread: {@link #say} is called on the UI thread, which
 * must not wait for a fork.
 */
public final class EspeakSpeaker implements Speaker {

    private static final Logger log = LoggerFactory.getLogger(EspeakSpeaker.class);

    private final List<String> command;
    private final Executor runner;
    // Touched only by the runner's one thread.
    private Process playing;

    /** {@code espeak-ng -v ko}, run on its own daemon thread. */
    public EspeakSpeaker() {
        this(List.of("espeak-ng", "-v", "ko"), Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kiosk-read-aloud");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /**
     * Another command; the text is appended as the last argument.
     *
     * @param runner runs each sentence's start in order (one thread: sentences must not overtake)
     */
    public EspeakSpeaker(List<String> command, Executor runner) {
        this.command = List.copyOf(Objects.requireNonNull(command, "command"));
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    @Override
    public void say(String text) {
        Objects.requireNonNull(text, "text");
        runner.execute(() -> speak(text));
    }

    private void speak(String text) {
        if (playing != null && playing.isAlive()) {
            playing.destroy();
        }
        List<String> full = new ArrayList<>(command);
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
