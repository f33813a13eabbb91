package org.madang.device.jose;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.madang.journal.signing.Ed25519PublicKey;

/**
 * A compact JWS (RFC 7515 §7.1) split into its parts, before anything in it is trusted.
 *
 * <p>Parsing is strict: exactly three parts, base64url without padding in its canonical form only
 * (so one signature has one spelling and any changed character is a different token), and a header
 * that is a JSON object without repeated names.
 */
public final class CompactJws {

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]*");
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final String signingInput;
    private final Map<String, Object> header;
    private final byte[] payload;
    private final byte[] signature;

    private CompactJws(String signingInput, Map<String, Object> header, byte[] payload, byte[] signature) {
        this.signingInput = signingInput;
        this.header = header;
        this.payload = payload;
        this.signature = signature;
    }

    /**
     * Splits and decodes {@code text}.
     *
     * @param maxChars the longest input accepted; longer input is refused before any decoding
     * @throws MalformedJwsException if it is not a compact JWS
     */
    public static CompactJws parse(String text, int maxChars) throws MalformedJwsException {
        if (text == null || text.isEmpty()) {
            throw new MalformedJwsException("empty input");
        }
        if (text.length() > maxChars) {
            throw new MalformedJwsException("input of " + text.length() + " characters, more than " + maxChars);
        }
        int first = text.indexOf('.');
        int second = first < 0 ? -1 : text.indexOf('.', first + 1);
        if (second < 0 || text.indexOf('.', second + 1) >= 0) {
            throw new MalformedJwsException("not three dot-separated parts");
        }
        byte[] headerBytes = decode("header", text.substring(0, first));
        byte[] payload = decode("payload", text.substring(first + 1, second));
        byte[] signature = decode("signature", text.substring(second + 1));
        if (headerBytes.length == 0 || payload.length == 0) {
            throw new MalformedJwsException("empty header or payload");
        }
        Map<String, Object> header;
        try {
            header = JSONObjectUtils.parse(new String(headerBytes, StandardCharsets.UTF_8));
        } catch (ParseException | RuntimeException e) {
            throw new MalformedJwsException("header is not a JSON object");
        }
        return new CompactJws(text.substring(0, second), header, payload, signature);
    }

    private static byte[] decode(String part, String text) throws MalformedJwsException {
        if (!BASE64URL.matcher(text).matches()) {
            throw new MalformedJwsException(part + " is not base64url");
        }
        byte[] bytes;
        try {
            bytes = DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedJwsException(part + " has an impossible base64url length");
        }
        // Unused low bits in the last character give one value several spellings; accept only one.
        if (!ENCODER.encodeToString(bytes).equals(text)) {
            throw new MalformedJwsException(part + " is not canonical base64url");
        }
        return bytes;
    }

    /** A header member that is a string, if present. */
    public Optional<String> headerText(String name) {
        return header.get(name) instanceof String value ? Optional.of(value) : Optional.empty();
    }

    /** Whether the header has a member of that name, of any type. */
    public boolean hasHeader(String name) {
        return header.containsKey(name);
    }

    /** The decoded payload bytes (a copy). */
    public byte[] payload() {
        return payload.clone();
    }

    /** The ASCII signing input: {@code header.payload} as received. */
    public byte[] signingInput() {
        return signingInput.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Checks the algorithm, then the key id against {@code trusted}, then the signature. The
     * algorithm is checked first so a token naming another algorithm is never tried with any key.
     */
    public SignatureCheck checkSignature(Map<String, Ed25519PublicKey> trusted) {
        if (!"EdDSA".equals(header.get("alg")) || header.containsKey("crit")) {
            return SignatureCheck.ALGORITHM_REFUSED;
        }
        Optional<String> kid = headerText("kid");
        if (kid.isEmpty() || kid.get().isEmpty()) {
            return SignatureCheck.KEY_ID_MISSING;
        }
        Ed25519PublicKey key = trusted.get(kid.get());
        if (key == null) {
            return SignatureCheck.KEY_UNKNOWN;
        }
        return new EdDsaVerifier(key).verify(signingInput(), signature)
                ? SignatureCheck.VALID
                : SignatureCheck.SIGNATURE_INVALID;
    }
}
