package org.madang.kiosk.vote;

import java.util.Map;
import org.madang.device.content.poll.Poll;

/**
 * Encrypts a sealed poll's ballot on the device to the poll's public key (contract: ephemeral
 * X25519, HKDF-SHA256, AES-256-GCM), so neither the SD card nor the upload reveals a choice.
 */
public interface BallotSealer {

    /**
     * The {@code sealed} object of a {@code vote.ballot} body ({@code kid}, {@code epk}, {@code iv},
     * {@code ct}) for {@code plaintext}, the canonical JSON of the plain ballot body.
     */
    Map<String, String> seal(Poll poll, byte[] plaintext);
}
