package org.madang.kiosk.vote;

import java.util.Objects;
import java.util.Optional;

/**
 * What the touchscreen needs for voting: the desk (absent on a terminal without polls or in a
 * demo), the read-aloud speaker and whether the profile turns audio on.
 *
 * @param desk the voting rules over the journal; empty: no voting on this terminal
 * @param speaker reads ballot screens aloud
 * @param readAloud the profile's {@code audio} flag: the ballot screens offer "다시 듣기"
 */
public record Voting(Optional<VoteDesk> desk, Speaker speaker, boolean readAloud) {

    /** No voting: the welcome screen never offers it. */
    public static final Voting NONE = new Voting(Optional.empty(), Speaker.SILENT, false);

    public Voting {
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(speaker, "speaker");
    }
}
