package org.madang.device.jose;

/**
 * The text is not a compact JWS we can read: wrong shape, bad base64url, or a header that is not
 * a JSON object. The caller refuses the input as malformed; the message is safe to log (it never
 * repeats the input).
 */
public final class MalformedJwsException extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedJwsException(String message) {
        super(message);
    }
}
