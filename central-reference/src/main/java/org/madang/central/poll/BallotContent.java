package org.madang.central.poll;

import java.util.List;
import java.util.Objects;

/** A stored ballot as the tally sees it: the choices it holds, or why it cannot be counted. */
public sealed interface BallotContent {

    /** The ballot's item ids (ranked: first choice first; blank: none), still to be checked against the rule. */
    record Choices(List<String> items) implements BallotContent {
        public Choices {
            items = List.copyOf(items);
        }
    }

    /**
     * The ballot cannot be read at all.
     *
     * @param reason a stable code: {@code NO_SEAL_KEY}, {@code SEAL_NOT_OPENED}, {@code NOT_A_BALLOT},
     *     {@code WRONG_POLL} or {@code PLAIN_IN_SEALED_POLL}
     */
    record Unreadable(String reason) implements BallotContent {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
