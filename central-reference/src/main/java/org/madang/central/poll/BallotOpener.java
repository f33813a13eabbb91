package org.madang.central.poll;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.poll.seal.BallotSeal;
import org.madang.device.content.poll.seal.SealException;
import org.madang.device.content.poll.seal.SealedBallot;
import org.madang.sync.api.wire.WireJson;

/**
 * Turns stored ballots of one poll into {@link BallotContent}: plain ones as stored, sealed ones
 * opened with the poll's private key (only ever after the close: the caller decides when).
 */
public final class BallotOpener {

    private final Poll poll;
    private final Optional<byte[]> privateKey;

    /**
     * @param privateKey the key of the poll's {@code seal.kid}; empty for a plain poll or when the
     *     central does not hold it (its sealed ballots are then counted as {@code NO_SEAL_KEY})
     */
    public BallotOpener(Poll poll, Optional<byte[]> privateKey) {
        this.poll = poll;
        this.privateKey = privateKey.map(byte[]::clone);
    }

    /** A stored ballot: {@code choicesJson} (a JSON array) for a plain one, else {@code sealedJson}. */
    public BallotContent open(String choicesJson, String sealedJson) {
        if (choicesJson != null) {
            // A sealed poll's ballots never travel in the clear; a plain one there is not counted.
            return poll.sealed() ? new BallotContent.Unreadable("PLAIN_IN_SEALED_POLL") : choices(read(choicesJson));
        }
        if (privateKey.isEmpty() || poll.seal().isEmpty()) {
            return new BallotContent.Unreadable("NO_SEAL_KEY");
        }
        SealedBallot sealed;
        try {
            sealed = SealedBallot.fromJson(WireJson.MAPPER.readTree(sealedJson));
        } catch (IOException | SealException e) {
            return new BallotContent.Unreadable("NOT_A_BALLOT");
        }
        byte[] plain;
        try {
            plain = BallotSeal.open(poll.seal().get().keyId(), privateKey.get(), sealed, poll.id());
        } catch (SealException e) {
            return new BallotContent.Unreadable("SEAL_NOT_OPENED");
        }
        JsonNode body;
        try {
            body = WireJson.MAPPER.readTree(plain);
        } catch (IOException e) {
            return new BallotContent.Unreadable("NOT_A_BALLOT");
        }
        if (body == null || !poll.id().equals(body.path("poll").asText(null))) {
            return new BallotContent.Unreadable(body != null && body.has("poll") ? "WRONG_POLL" : "NOT_A_BALLOT");
        }
        return choices(body.get("choices"));
    }

    private static JsonNode read(String json) {
        try {
            return WireJson.MAPPER.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }

    private static BallotContent choices(JsonNode choices) {
        if (choices == null || !choices.isArray()) {
            return new BallotContent.Unreadable("NOT_A_BALLOT");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : choices) {
            if (!item.isTextual()) {
                return new BallotContent.Unreadable("NOT_A_BALLOT");
            }
            items.add(item.textValue());
        }
        return new BallotContent.Choices(items);
    }
}
