package org.madang.sync.api.auth;

import java.time.Instant;

/** Remembers the nonces of accepted requests so a captured request cannot be sent again. */
public interface NonceLedger {

    /**
     * Records a nonce; false when this key already used it. Implementations may forget nonces
     * older than {@link RequestVerifier#NONCE_MEMORY}.
     */
    boolean firstUse(String keyId, String nonce, Instant seenAt);
}
