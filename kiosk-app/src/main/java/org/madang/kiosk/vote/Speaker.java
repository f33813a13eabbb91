package org.madang.kiosk.vote;

/**
 * Reads a screen's text aloud (Korean), for voters who cannot read the ballot. Implementations
 * return at once; a new sentence stops the one still playing. Never given personal data.
 */
public interface Speaker {

    /** Says nothing (the profile has no audio, or tests that do not listen). */
    Speaker SILENT = text -> { };

    /** Starts reading {@code text} aloud, stopping anything still being read. */
    void say(String text);
}
