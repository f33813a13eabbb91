package org.madang.central.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for one PostgreSQL {@code COPY table (columns) FROM STDIN (FORMAT binary)}, built in memory
 * and sent in the caller's transaction. The binary format carries integers as they are and text as
 * its UTF-8 bytes: no escaping, no array literals, and the server parses nothing per value (an
 * upload of 2,000 check-ins was one {@code unnest} over twelve text-encoded arrays before).
 *
 * <p>Each value's type must be the column's exactly ({@code BIGINT} is {@link #int8}, {@code
 * INTEGER} {@link #int4}, {@code TEXT} {@link #text}); a mismatch fails the whole COPY.
 */
final class PgCopyRows {

    // "PGCOPY\n\377\r\n\0", then flags and header-extension length, both 0.
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
        0, 0, 0, 0, 0, 0, 0, 0};
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final String sql;
    private final int columns;
    private byte[] buffer;
    private int length;
    private int fieldsLeft;

    /**
     * @param table and {@code columns}: the target, as in {@code COPY table (columns…)}
     * @param expectedBytes a first guess of the data's size, to grow the buffer rarely
     */
    PgCopyRows(String table, String[] columns, int expectedBytes) {
        this.sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT binary)";
        this.columns = columns.length;
        this.buffer = new byte[Math.max(64, expectedBytes)];
        System.arraycopy(HEADER, 0, buffer, 0, HEADER.length);
        this.length = HEADER.length;
    }

    /** Starts a row; exactly as many values as columns must follow. */
    PgCopyRows row() {
        if (fieldsLeft != 0) {
            throw new IllegalStateException("the previous row of " + sql + " lacks " + fieldsLeft + " value(s)");
        }
        fieldsLeft = columns;
        ensure(2);
        putShort(columns);
        return this;
    }

    /** A {@code BIGINT} value. */
    PgCopyRows int8(long value) {
        field(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[length++] = (byte) (value >>> shift);
        }
        return this;
    }

    /** An {@code INTEGER} value. */
    PgCopyRows int4(int value) {
        field(4);
        putInt(value);
        return this;
    }

    /** A {@code TEXT} value (never null: every column written this way is {@code NOT NULL}). */
    PgCopyRows text(String value) {
        return text(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A {@code TEXT} value given as its UTF-8 bytes (a record body as stored, without a String in between). */
    PgCopyRows text(byte[] utf8) {
        field(utf8.length);
        System.arraycopy(utf8, 0, buffer, length, utf8.length);
        length += utf8.length;
        return this;
    }

    /** A {@code TEXT} value: {@code bytes} as lower-case hex (what {@code Sha256.hex()} gives). */
    PgCopyRows hex(byte[] bytes) {
        field(bytes.length * 2);
        for (byte b : bytes) {
            buffer[length++] = HEX[(b >> 4) & 0xf];
            buffer[length++] = HEX[b & 0xf];
        }
        return this;
    }

    /** Sends the rows (none is fine) and returns how many the server stored. */
    long send(Connection c) throws SQLException {
        if (fieldsLeft != 0) {
            throw new IllegalStateException("the last row of " + sql + " lacks " + fieldsLeft + " value(s)");
        }
        ensure(2);
        putShort(-1);
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            copy.writeToCopy(buffer, 0, length);
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private void field(int size) {
        if (--fieldsLeft < 0) {
            throw new IllegalStateException("a row of " + sql + " has more values than its " + columns + " columns");
        }
        ensure(4 + size);
        putInt(size);
    }

    private void putShort(int value) {
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void putInt(int value) {
        buffer[length++] = (byte) (value >>> 24);
        buffer[length++] = (byte) (value >>> 16);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
