package org.madang.sync.api.auth;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** The {@code Content-Digest} header (RFC 9530) with SHA-256: {@code sha-256=:<base64>:}. */
public final class ContentDigest {

    /** The header's name. */
    public static final String HEADER = "Content-Digest";

    private ContentDigest() {
    }

    /** The header value for these content bytes (as sent, after any content coding). */
    public static String sha256(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Whether a received header value is the SHA-256 digest of the received content. */
    public static boolean matches(String headerValue, byte[] content) {
        return headerValue != null && MessageDigest.isEqual(
                headerValue.strip().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                sha256(content).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
