package org.madang.central.derived;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the central derives from one stored record, by kind (the wave contract and
 * docs/central-reference.md give the body formats). A record whose body cannot be read is still
 * stored: {@link Malformed} only says the derived data lacks it.
 */
public sealed interface Derived {

    /** A check-in: points for {@code member} at {@code event}; {@code day} is empty for once-per-event. */
    record Checkin(String event, String member, int points, String day) implements Derived {
        public Checkin {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(day, "day");
        }
    }

    /**
     * A poll-book entry: {@code voter} took a ballot for {@code poll}, identified by {@code method}
     * ({@code member}, {@code voucher} or {@code staff}). The voter is a member pseudonym,
     * {@code voucher:<serial>} or {@code staff:<sub>} (a staff member unlocks many ballots: never a double vote).
     */
    record Pollbook(String poll, String method, String voter) implements Derived {
        public Pollbook {
            Objects.requireNonNull(poll, "poll");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(voter, "voter");
        }
    }

    /** A secret plain ballot: the item ids chosen in {@code poll} (ranked: first choice first; blank: none). */
    record Ballot(String poll, List<String> choices) implements Derived {
        public Ballot {
            Objects.requireNonNull(poll, "poll");
            choices = List.copyOf(choices);
        }
    }

    /** A secret sealed ballot: the {@code sealed} JSON object as the device wrote it, opened only after the close. */
    record SealedBallot(String poll, String sealedJson) implements Derived {
        public SealedBallot {
            Objects.requireNonNull(poll, "poll");
            Objects.requireNonNull(sealedJson, "sealedJson");
        }
    }

    /**
     * A survey response: answers by question id (text, integer, or a list of texts; {@code <qid>.other}
     * holds an "other" text) and, for an identified survey only, the member pseudonym.
     */
    record SurveyResponse(String survey, JsonNode answers, Optional<String> member) implements Derived {
        public SurveyResponse {
            Objects.requireNonNull(survey, "survey");
            Objects.requireNonNull(answers, "answers");
            Objects.requireNonNull(member, "member");
        }
    }

    /** A survey's points claimed by {@code member} (unlinkable from the response it came with). */
    record SurveyPoints(String survey, String member, int points) implements Derived {
        public SurveyPoints {
            Objects.requireNonNull(survey, "survey");
            Objects.requireNonNull(member, "member");
        }
    }

    /**
     * A terminal's closing sheet for a poll ({@code vote.close}); {@code counts} and {@code blank}
     * are empty for a sealed poll.
     */
    record PollClose(String poll, String closedAt, String closedBy, long turnout, Map<String, Long> methods,
            boolean sealed, Optional<Map<String, Long>> counts, Optional<Long> blank, String boxHash)
            implements Derived {
        public PollClose {
            Objects.requireNonNull(poll, "poll");
            Objects.requireNonNull(closedAt, "closedAt");
            Objects.requireNonNull(closedBy, "closedBy");
            methods = Map.copyOf(methods);
            counts = counts.map(Map::copyOf);
            Objects.requireNonNull(blank, "blank");
            Objects.requireNonNull(boxHash, "boxHash");
        }
    }

    /** The body cannot be read for its kind. */
    record Malformed(String detail) implements Derived {
    }

    /** A kind the central stores and does not read (device events, later kinds). */
    record Nothing() implements Derived {
    }
}
