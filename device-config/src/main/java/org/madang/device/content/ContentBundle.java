package org.madang.device.content;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.survey.Survey;
import org.madang.device.token.MemberPseudonym;
import org.madang.device.token.Revocations;

/**
 * What the central publishes to devices, verified and validated: events, polls, surveys,
 * revocations and the member hash key. Immutable; obtain one from {@link ContentBundles} or {@link ContentStore}.
 *
 * @param schemaVersion the payload's format version ({@link ContentBundles#SCHEMA_VERSION})
 * @param version the bundle's number, increasing with every publication (rollback protection)
 * @param issuedAt when the central signed it: a trusted time the device has seen
 * @param district the district that published it, e.g. 서울특별시 중구
 * @param memberPseudonym the keyed hash that turns member ids into pseudonyms
 * @param events events open for check-in, ids unique
 * @param revocations revoked member, staff and voucher tokens
 * @param polls votes residents cast at the kiosk, ids unique
 * @param surveys surveys residents answer at the kiosk, ids unique
 */
public record ContentBundle(int schemaVersion, int version, Instant issuedAt, String district,
        MemberPseudonym memberPseudonym, List<Event> events, Revocations revocations, List<Poll> polls,
        List<Survey> surveys) {

    public ContentBundle {
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(memberPseudonym, "memberPseudonym");
        events = List.copyOf(events);
        Objects.requireNonNull(revocations, "revocations");
        polls = List.copyOf(polls);
        surveys = List.copyOf(surveys);
    }

    /** The event with this id. */
    public Optional<Event> event(String id) {
        return events.stream().filter(event -> event.id().equals(id)).findFirst();
    }

    /** The poll with this id. */
    public Optional<Poll> poll(String id) {
        return polls.stream().filter(poll -> poll.id().equals(id)).findFirst();
    }

    /** The survey with this id. */
    public Optional<Survey> survey(String id) {
        return surveys.stream().filter(survey -> survey.id().equals(id)).findFirst();
    }
}
