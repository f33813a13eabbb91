package org.madang.central.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.madang.journal.chain.Sha256;
import org.madang.sync.api.wire.Heartbeat;

/** Devices, their journals' positions and enrollment codes. */
public final class Devices {

    private static final String COLUMNS = "device_id, site_code, roles, key_id, public_key, enrolled_at, journal_id";

    private Devices() {
    }

    /** The device with this id. */
    public static Optional<DeviceRow> find(Connection c, String deviceId) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM devices WHERE device_id = ?", deviceId);
    }

    /** The device with this id, locking its row until the transaction ends (PostgreSQL). */
    public static Optional<DeviceRow> lock(Connection c, Dialect dialect, String deviceId) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM devices WHERE device_id = ?" + dialect.forUpdate(), deviceId);
    }

    /** The device enrolled with this key. */
    public static Optional<DeviceRow> findByKeyId(Connection c, String keyId) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM devices WHERE key_id = ?", keyId);
    }

    private static Optional<DeviceRow> one(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, arg);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String roles = row.getString(3);
                return Optional.of(new DeviceRow(row.getString(1), row.getString(2),
                        roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")), row.getString(4), row.getString(5),
                        Instant.ofEpochMilli(row.getLong(6)), Optional.ofNullable(row.getString(7))));
            }
        }
    }

    /** Enrolls a new device. */
    public static void insert(Connection c, DeviceRow device) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("INSERT INTO devices (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, device.deviceId());
            statement.setString(2, device.siteCode());
            statement.setString(3, String.join(",", device.roles()));
            statement.setString(4, device.keyId());
            statement.setString(5, device.publicKey());
            statement.setLong(6, device.enrolledAt().toEpochMilli());
            statement.setNull(7, Types.VARCHAR);
            statement.executeUpdate();
        }
    }

    /**
     * Enrolls a device again with the same key: new roles and time, and the journal binding is
     * released (a re-installed device may start a new journal).
     */
    public static void reenroll(Connection c, String deviceId, List<String> roles, Instant at) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(
                "UPDATE devices SET roles = ?, enrolled_at = ?, journal_id = NULL WHERE device_id = ?")) {
            statement.setString(1, String.join(",", roles));
            statement.setLong(2, at.toEpochMilli());
            statement.setString(3, deviceId);
            statement.executeUpdate();
        }
    }

    /** Binds the device's uploads to a journal. */
    public static void bindJournal(Connection c, String deviceId, String journalId) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("UPDATE devices SET journal_id = ? WHERE device_id = ?")) {
            statement.setString(1, journalId);
            statement.setString(2, deviceId);
            statement.executeUpdate();
        }
    }

    /** Stores a heartbeat's fields and the time it arrived. */
    public static void heartbeat(Connection c, Heartbeat beat, Instant at) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("""
                UPDATE devices SET last_seen_at = ?, software_version = ?, journal_records = ?, records_waiting = ?,
                  disk_free_bytes = ?, last_error = ?, clock_offset_millis = ? WHERE device_id = ?""")) {
            statement.setLong(1, at.toEpochMilli());
            statement.setString(2, beat.softwareVersion());
            statement.setLong(3, beat.journalRecords());
            statement.setLong(4, beat.recordsWaiting());
            statement.setLong(5, beat.diskFreeBytes());
            statement.setString(6, beat.lastError());
            statement.setLong(7, beat.clockOffsetMillis());
            statement.setString(8, beat.deviceId());
            statement.executeUpdate();
        }
    }

    /** Notes that the device was heard from (any signed request). */
    public static void seen(Connection c, String deviceId, Instant at) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("UPDATE devices SET last_seen_at = ? WHERE device_id = ?")) {
            statement.setLong(1, at.toEpochMilli());
            statement.setString(2, deviceId);
            statement.executeUpdate();
        }
    }

    /** The owner of a journal, if any record or binding of it was ever stored. */
    public static Optional<String> journalOwner(Connection c, String journalId) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("SELECT device_id FROM journals WHERE journal_id = ?")) {
            statement.setString(1, journalId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** How far a journal is stored; for an unknown journal, nothing (0 and its genesis hash). */
    public static JournalPosition position(Connection c, String journalId, Sha256 genesis) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(
                "SELECT stored_through, stored_hash FROM journals WHERE journal_id = ?")) {
            statement.setString(1, journalId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? new JournalPosition(row.getLong(1), Sha256.ofHex(row.getString(2)))
                        : new JournalPosition(0, genesis);
            }
        }
    }

    /** Saves a journal's new position. */
    public static void savePosition(Connection c, String journalId, String deviceId, JournalPosition position)
            throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("""
                INSERT INTO journals (journal_id, device_id, stored_through, stored_hash) VALUES (?, ?, ?, ?)
                ON CONFLICT (journal_id) DO UPDATE SET stored_through = excluded.stored_through,
                  stored_hash = excluded.stored_hash""")) {
            statement.setString(1, journalId);
            statement.setString(2, deviceId);
            statement.setLong(3, position.storedThrough());
            statement.setString(4, position.storedHash().hex());
            statement.executeUpdate();
        }
    }

    /** Stores a new enrollment code by its hash. */
    public static void insertCode(Connection c, String codeHash, String siteCode, List<String> roles, Instant createdAt,
            Instant expiresAt) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("""
                INSERT INTO enrollment_codes (code_hash, site_code, roles, created_at, expires_at) VALUES (?, ?, ?, ?, ?)""")) {
            statement.setString(1, codeHash);
            statement.setString(2, siteCode);
            statement.setString(3, String.join(",", roles));
            statement.setLong(4, createdAt.toEpochMilli());
            statement.setLong(5, expiresAt.toEpochMilli());
            statement.executeUpdate();
        }
    }

    /** A stored enrollment code. */
    public record CodeRow(String siteCode, List<String> roles, Instant expiresAt, Optional<Instant> usedAt,
            Optional<String> usedBy) {
    }

    /** The code with this hash, locked until the transaction ends (PostgreSQL). */
    public static Optional<CodeRow> lockCode(Connection c, Dialect dialect, String codeHash) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(
                "SELECT site_code, roles, expires_at, used_at, used_by FROM enrollment_codes WHERE code_hash = ?"
                        + dialect.forUpdate())) {
            statement.setString(1, codeHash);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long usedAt = row.getLong(4);
                boolean used = !row.wasNull();
                return Optional.of(new CodeRow(row.getString(1), List.of(row.getString(2).split(",")),
                        Instant.ofEpochMilli(row.getLong(3)), used ? Optional.of(Instant.ofEpochMilli(usedAt)) : Optional.empty(),
                        Optional.ofNullable(row.getString(5))));
            }
        }
    }

    /** Marks a code used: codes are one-time. */
    public static void useCode(Connection c, String codeHash, String deviceId, Instant at) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(
                "UPDATE enrollment_codes SET used_at = ?, used_by = ? WHERE code_hash = ?")) {
            statement.setLong(1, at.toEpochMilli());
            statement.setString(2, deviceId);
            statement.setString(3, codeHash);
            statement.executeUpdate();
        }
    }
}
