package org.madang.device.token;

/**
 * Checks a scanned token offline against the device's trusted central keys, its revocation list
 * and its clock. Never throws for bad input: every input gets an {@link TokenCheck}.
 */
public interface TokenVerifier {

    /** Checks {@code scanned} (the QR payload as read) as a token of type {@code expected}. */
    TokenCheck verify(String scanned, TokenType expected);
}
