package org.madang.central.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.madang.journal.signing.Ed25519PublicKey;

/**
 * One {@link Ed25519PublicKey} object per enrolled key, so the point each decompresses on first
 * use is reused by every later upload of the device instead of being decoded per request.
 * Bounded: a district has at most a few thousand devices; beyond the bound it starts afresh.
 */
final class EnrolledKeys {

    private static final int MAX_KEYS = 10_000;

    private final Map<Ed25519PublicKey, Ed25519PublicKey> keys = new ConcurrentHashMap<>();

    Ed25519PublicKey canonical(Ed25519PublicKey key) {
        if (keys.size() >= MAX_KEYS) {
            keys.clear();
        }
        return keys.computeIfAbsent(key, k -> k);
    }
}
