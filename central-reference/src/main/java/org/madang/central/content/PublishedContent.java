package org.madang.central.content;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.madang.central.store.Publication;
import org.madang.central.store.Publications;
import org.madang.device.content.ContentBundle;
import org.madang.device.content.ContentBundles;
import org.madang.device.content.ContentException;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.survey.Survey;
import org.madang.journal.signing.Ed25519PublicKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The polls and surveys the central published, read back exactly as devices read them ({@link
 * ContentBundles#read} on the signed bundle). A poll or survey is taken from the newest
 * publication that names it, so one dropped from later content still has its definition (its
 * ballots and responses are still counted and exported).
 */
public final class PublishedContent {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedContent.class);

    private final Map<String, Ed25519PublicKey> trusted;

    /** Reads bundles signed by the central's key {@code kid}. */
    public PublishedContent(String kid, Ed25519PublicKey key) {
        this.trusted = Map.of(kid, key);
    }

    /** The newest published definition of a poll. */
    public Optional<Poll> poll(Connection c, String pollId) throws SQLException {
        for (Publication publication : Publications.newestFirst(c)) {
            Optional<Poll> poll = bundle(publication).flatMap(bundle -> bundle.poll(pollId));
            if (poll.isPresent()) {
                return poll;
            }
        }
        return Optional.empty();
    }

    /** Every survey ever published, each in its newest definition, newest publication first. */
    public List<Survey> surveys(Connection c) throws SQLException {
        Map<String, Survey> surveys = new LinkedHashMap<>();
        for (Publication publication : Publications.newestFirst(c)) {
            bundle(publication).map(ContentBundle::surveys).orElse(List.of())
                    .forEach(s -> surveys.putIfAbsent(s.id(), s));
        }
        return List.copyOf(surveys.values());
    }

    /** The newest published definition of a survey. */
    public Optional<Survey> survey(Connection c, String surveyId) throws SQLException {
        return surveys(c).stream().filter(s -> s.id().equals(surveyId)).findFirst();
    }

    private Optional<ContentBundle> bundle(Publication publication) {
        try {
            return Optional.of(ContentBundles.read(publication.jws().getBytes(StandardCharsets.US_ASCII), trusted));
        } catch (ContentException e) {
            // Published only after this same check passed: the home key or the validation rules changed
            // since. Its polls and surveys are not used; newer and older publications still are.
            LOG.warn("stored content version {} no longer verifies or validates ({}); its polls and surveys are"
                    + " skipped", publication.version(), e.getMessage());
            return Optional.empty();
        }
    }
}
