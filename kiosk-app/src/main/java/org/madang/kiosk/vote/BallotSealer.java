package org.madang.kiosk.vote;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.util.Objects;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.poll.seal.BallotSeal;

/**
 * Encrypts a sealed poll's ballot on the device to the poll's public key, so neither the SD card
 * nor the upload reveals a choice.
 */
public interface BallotSealer {

    /**
     * The {@code sealed} object of a {@code vote.ballot} body ({@code kid}, {@code epk}, {@code iv},
     * {@code ct}) for {@code plaintext}, the canonical JSON of the plain ballot body.
     */
    JsonNode seal(Poll poll, byte[] plaintext);

    /** device-config's {@link BallotSeal} (ephemeral X25519, HKDF-SHA256, AES-256-GCM, the poll id as AAD). */
    static BallotSealer ballotSeal(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        return (poll, plaintext) -> BallotSeal.seal(poll.seal().orElseThrow(
                () -> new IllegalArgumentException("poll " + poll.id() + " is not sealed")), poll.id(), plaintext, random)
                .toJson();
    }
}
