package org.madang.device.content.poll.seal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * An encrypted ballot as the journal stores it under {@code "sealed"}: {@code {"kid", "epk", "iv",
 * "ct"}}, the byte fields base64url without padding. Only the holder of the poll's private key
 * reads it ({@link BallotSeal#open}).
 *
 * @param keyId the poll's seal key id ({@code kid}) it was sealed to
 * @param epk the ballot's ephemeral X25519 public key, 32 bytes
 * @param iv the AES-GCM nonce, 12 bytes
 * @param ct the AES-GCM ciphertext followed by its 16-byte tag
 */
public record SealedBallot(String keyId, byte[] epk, byte[] iv, byte[] ct) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    public SealedBallot {
        Objects.requireNonNull(keyId, "keyId");
        epk = epk.clone();
        iv = iv.clone();
        ct = ct.clone();
    }

    @Override
    public byte[] epk() {
        return epk.clone();
    }

    @Override
    public byte[] iv() {
        return iv.clone();
    }

    @Override
    public byte[] ct() {
        return ct.clone();
    }

    /** The JSON form {@code {"kid":…, "epk":…, "iv":…, "ct":…}}. */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("kid", keyId);
        json.put("epk", ENCODER.encodeToString(epk));
        json.put("iv", ENCODER.encodeToString(iv));
        json.put("ct", ENCODER.encodeToString(ct));
        return json;
    }

    /**
     * Reads the JSON form.
     *
     * @throws SealException when a member is missing, not a string, or not base64url
     */
    public static SealedBallot fromJson(JsonNode json) throws SealException {
        return new SealedBallot(text(json, "kid"), bytes(json, "epk"), bytes(json, "iv"), bytes(json, "ct"));
    }

    private static String text(JsonNode json, String name) throws SealException {
        JsonNode value = json == null ? null : json.get(name);
        if (value == null || !value.isTextual()) {
            throw new SealException("sealed ballot has no string '" + name + "'");
        }
        return value.textValue();
    }

    private static byte[] bytes(JsonNode json, String name) throws SealException {
        try {
            return Base64.getUrlDecoder().decode(text(json, name));
        } catch (IllegalArgumentException e) {
            throw new SealException("sealed ballot's '" + name + "' is not base64url", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedBallot that && keyId.equals(that.keyId) && Arrays.equals(epk, that.epk)
                && Arrays.equals(iv, that.iv) && Arrays.equals(ct, that.ct);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyId, Arrays.hashCode(epk), Arrays.hashCode(iv), Arrays.hashCode(ct));
    }

    @Override
    public String toString() {
        return "SealedBallot[" + keyId + ", " + ct.length + " bytes]";
    }
}
