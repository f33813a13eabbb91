package org.madang.central.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/** The nonces of accepted requests, pruned on every insert (decision 0010). */
public final class Nonces {

    private Nonces() {
    }

    /** Records a nonce; false when this key already used it within {@code memory}. */
    public static boolean firstUse(Connection c, String keyId, String nonce, Instant seenAt, Duration memory)
            throws SQLException {
        try (PreparedStatement prune = c.prepareStatement("DELETE FROM nonces WHERE seen_at < ?")) {
            prune.setLong(1, seenAt.minus(memory).toEpochMilli());
            prune.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO nonces (key_id, nonce, seen_at) VALUES (?, ?, ?) ON CONFLICT (key_id, nonce) DO NOTHING")) {
            insert.setString(1, keyId);
            insert.setString(2, nonce);
            insert.setLong(3, seenAt.toEpochMilli());
            return insert.executeUpdate() == 1;
        }
    }
}
