package org.madang.journal.signing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The public keys a verifier trusts, by key id. Immutable. */
public final class KeyDirectory {

    private final Map<String, Ed25519PublicKey> keys;

    private KeyDirectory(Map<String, Ed25519PublicKey> keys) {
        this.keys = Map.copyOf(keys);
    }

    /** A directory of the given keys, each under its own fingerprint. */
    public static KeyDirectory of(Ed25519PublicKey... keys) {
        Map<String, Ed25519PublicKey> byId = new LinkedHashMap<>();
        for (Ed25519PublicKey key : keys) {
            byId.put(key.keyId(), key);
        }
        return new KeyDirectory(byId);
    }

    /** The key with this id, if trusted. */
    public Optional<Ed25519PublicKey> find(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    /** Number of keys. */
    public int size() {
        return keys.size();
    }
}
