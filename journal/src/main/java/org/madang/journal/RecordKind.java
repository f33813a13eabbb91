package org.madang.journal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a journal record is about: {@code checkin}, {@code vote.pollbook}, {@code vote.ballot}, … .
 *
 * <p>The set is open (later features add kinds), but every name is lower-case dotted words so it
 * reads the same in the SQLite file, the upload stream and the central. Kinds that carry a secret
 * ({@link #isSecret()}) may only enter the journal through the ballot box, never by a plain append,
 * so that their order and time cannot link them to the person who cast them.
 */
public record RecordKind(String name) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

    public static final RecordKind CHECKIN = new RecordKind("checkin");
    public static final RecordKind VOTE_POLLBOOK = new RecordKind("vote.pollbook");
    public static final RecordKind VOTE_BALLOT = new RecordKind("vote.ballot");
    public static final RecordKind SURVEY_RESPONSE = new RecordKind("survey.response");
    /** Participation points claimed for answering a survey: identified, never linked to the answers. */
    public static final RecordKind SURVEY_POINTS = new RecordKind("survey.points");
    /** A poll's closing sheet on this device: turnout and counts (or the sealed box's hash). */
    public static final RecordKind VOTE_CLOSE = new RecordKind("vote.close");
    public static final RecordKind DEVICE_EVENT = new RecordKind("device.event");

    public RecordKind {
        Objects.requireNonNull(name, "name");
        if (name.length() > 64 || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("record kind '" + name
                    + "' is not valid: expected lower-case dotted words such as 'vote.ballot' (at most 64 characters)");
        }
    }

    /** Parses a stored or transmitted kind name. */
    public static RecordKind of(String name) {
        return new RecordKind(name);
    }

    /**
     * Whether records of this kind must stay unlinkable from the identified records written at
     * the same moment (a ballot from its poll-book entry, an anonymous survey answer from its
     * points claim).
     */
    public boolean isSecret() {
        return equals(VOTE_BALLOT) || equals(SURVEY_RESPONSE);
    }

    @Override
    public String toString() {
        return name;
    }
}
