package org.madang.central.derived;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * What the central derives from one stored record, by kind (docs/central-reference.md lists the
 * body formats). A record whose body cannot be read is still stored: {@link Malformed} only says
 * the derived data lacks it.
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

    /** A poll-book entry: {@code voter} (a pseudonym) took a ballot for {@code poll}. */
    record Pollbook(String poll, String voter) implements Derived {
    }

    /** A secret ballot: the options chosen in {@code poll}. */
    record Ballot(String poll, List<String> choices) implements Derived {
        public Ballot {
            choices = List.copyOf(choices);
        }
    }

    /** A survey response: answers by question id (text, integer, or a list of texts). */
    record SurveyResponse(String survey, JsonNode answers) implements Derived {
    }

    /** The body cannot be read for its kind. */
    record Malformed(String detail) implements Derived {
    }

    /** A kind the central stores and does not read (device events, later kinds). */
    record Nothing() implements Derived {
    }
}
