package org.madang.device.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The name under which records keep a member: {@code <keyId>:<hex HMAC-SHA256(key, sub)>}, e.g.
 * {@code m1:3fa2…}. The raw member id is never stored. The key comes from the content bundle, so
 * every terminal of a district gives a member the same pseudonym and the central can de-duplicate;
 * the key id in the prefix lets the central tell pseudonyms of a rotated key apart.
 */
public final class MemberPseudonym {

    /** Key length in bytes. */
    public static final int KEY_LENGTH = 32;
    /** What a key id looks like: short, lower case, safe in a prefix. */
    public static final Pattern KEY_ID = Pattern.compile("[a-z][a-z0-9]{0,15}");

    private static final String ALGORITHM = "HmacSHA256";

    private final String keyId;
    private final SecretKeySpec key;

    /**
     * @throws IllegalArgumentException if the id does not match {@link #KEY_ID} or the key is not 32 bytes
     */
    public MemberPseudonym(String keyId, byte[] key) {
        Objects.requireNonNull(keyId, "keyId");
        if (!KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("member hash key id must match " + KEY_ID.pattern());
        }
        if (key == null || key.length != KEY_LENGTH) {
            throw new IllegalArgumentException("member hash key must be " + KEY_LENGTH + " bytes");
        }
        this.keyId = keyId;
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** The key's id, the pseudonyms' prefix. */
    public String keyId() {
        return keyId;
    }

    /** The pseudonym of a member id ({@code sub}). */
    public String of(String memberId) {
        Objects.requireNonNull(memberId, "memberId");
        try {
            // A Mac is not thread-safe and cheap to make; one per call keeps this class immutable.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(memberId.getBytes(StandardCharsets.UTF_8));
            return keyId + ":" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "MemberPseudonym[" + keyId + "]";
    }
}
