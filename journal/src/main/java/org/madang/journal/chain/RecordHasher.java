package org.madang.journal.chain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.madang.journal.CanonicalJson;
import org.madang.journal.ClockStamp;
import org.madang.journal.RecordKind;

/**
 * Computes a record's chain hash: SHA-256 over an unambiguous binary encoding of every field.
 *
 * <p>The encoding is the contract with the central and with other vendors' platforms, written
 * down in docs/decisions/0002-journal-record-format.md:
 *
 * <pre>
 *   "madang.journal.v1\n"          ASCII domain tag
 *   seq                            8 bytes, big-endian
 *   id, kind, body                 each: 4-byte big-endian length, then the UTF-8 / canonical JSON bytes
 *   wall time                      8 bytes, big-endian, milliseconds since the epoch (UTC)
 *   boot id                        4-byte length, UTF-8
 *   monotonic time                 8 bytes, big-endian, nanoseconds
 *   wall clock trusted             1 byte, 0 or 1
 *   previous hash                  32 bytes
 *   key id                         4-byte length, UTF-8
 * </pre>
 *
 * Length prefixes make the encoding injective, so no two different records share an input.
 */
public final class RecordHasher {

    private static final byte[] DOMAIN = "madang.journal.v1\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GENESIS_DOMAIN = "madang.journal.v1.genesis\n".getBytes(StandardCharsets.US_ASCII);

    private RecordHasher() {
    }

    /** The hash of a record with these fields. */
    public static Sha256 hash(long seq, String id, RecordKind kind, CanonicalJson body, ClockStamp clock,
            Sha256 prevHash, String keyId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + body.length());
        out.writeBytes(DOMAIN);
        out.writeBytes(longBytes(seq));
        writeLengthPrefixed(out, id.getBytes(StandardCharsets.UTF_8));
        writeLengthPrefixed(out, kind.name().getBytes(StandardCharsets.UTF_8));
        writeLengthPrefixed(out, body.bytes());
        out.writeBytes(longBytes(clock.wallTime().toEpochMilli()));
        writeLengthPrefixed(out, clock.bootId().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(longBytes(clock.monotonicNanos()));
        out.write(clock.wallClockTrusted() ? 1 : 0);
        out.writeBytes(prevHash.bytes());
        writeLengthPrefixed(out, keyId.getBytes(StandardCharsets.UTF_8));
        MessageDigest digest = Sha256.newDigest();
        return Sha256.of(digest.digest(out.toByteArray()));
    }

    /**
     * The "previous hash" of record 1: bound to the journal's random id, so records cannot be
     * spliced from one journal into another.
     */
    public static Sha256 genesis(String journalId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(GENESIS_DOMAIN);
        out.writeBytes(journalId.getBytes(StandardCharsets.UTF_8));
        return Sha256.digest(out.toByteArray());
    }

    private static void writeLengthPrefixed(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    private static byte[] longBytes(long value) {
        return ByteBuffer.allocate(8).putLong(value).array();
    }
}
