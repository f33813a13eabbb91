package org.madang.device.token;

/**
 * Why a scanned token was refused. Each has a sentence for the person holding it in the resource
 * bundle {@code org.madang.device.token.rejections} (Korean and English), under {@link #messageKey()}.
 */
public enum TokenRejection {
    /** Not a token at all, or not one of ours (garbage, a URL, a damaged code, too long). */
    MALFORMED,
    /** Signed, but not with a key this device trusts, or with an algorithm we do not accept. */
    SIGNATURE_INVALID,
    /** Names a key ({@code kid}) this device does not know: its content may be out of date. */
    UNKNOWN_KEY,
    /** Past its expiry. */
    EXPIRED,
    /** Not valid yet. */
    NOT_YET_VALID,
    /** Revoked by the central (a lost card, a reissued code). */
    REVOKED,
    /** A valid token of another kind (a staff card shown where a member code is needed). */
    WRONG_TYPE;

    /** The resource bundle key of the sentence shown to the person. */
    public String messageKey() {
        return "token.rejected." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
