package org.madang.central.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Published content bundles; the newest is what devices download. */
public final class Publications {

    private Publications() {
    }

    /** The newest publication. */
    public static Optional<Publication> latest(Connection c) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(
                "SELECT version, issued_at, payload, jws FROM content ORDER BY version DESC LIMIT 1");
                ResultSet row = statement.executeQuery()) {
            return row.next() ? Optional.of(new Publication(row.getInt(1), Instant.ofEpochMilli(row.getLong(2)),
                    row.getString(3), row.getString(4))) : Optional.empty();
        }
    }

    /** Every publication, newest first (a few per week: small). */
    public static java.util.List<Publication> newestFirst(Connection c) throws SQLException {
        java.util.List<Publication> all = new java.util.ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement(
                "SELECT version, issued_at, payload, jws FROM content ORDER BY version DESC");
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                all.add(new Publication(row.getInt(1), Instant.ofEpochMilli(row.getLong(2)), row.getString(3),
                        row.getString(4)));
            }
        }
        return all;
    }

    /** The newest version, 0 when nothing was published. */
    public static int latestVersion(Connection c) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("SELECT MAX(version) FROM content");
                ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getInt(1) : 0;
        }
    }

    /** Stores a new publication. */
    public static void insert(Connection c, Publication publication) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(
                "INSERT INTO content (version, issued_at, payload, jws) VALUES (?, ?, ?, ?)")) {
            statement.setInt(1, publication.version());
            statement.setLong(2, publication.issuedAt().toEpochMilli());
            statement.setString(3, publication.payload());
            statement.setString(4, publication.jws());
            statement.executeUpdate();
        }
    }
}
