package org.madang.journal.chain;

import java.io.ByteArrayOutputStream;
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
        // Streamed into one digest per thread, field by field: the same bytes as the encoding above
        // without building it (the central recomputes every uploaded record's hash).
        MessageDigest digest = Sha256.threadDigest();
        byte[] scratch = new byte[8];
        digest.update(DOMAIN);
        updateLong(digest, scratch, seq);
        updateLengthPrefixed(digest, scratch, id.getBytes(StandardCharsets.UTF_8));
        updateLengthPrefixed(digest, scratch, kind.name().getBytes(StandardCharsets.UTF_8));
        updateLengthPrefixed(digest, scratch, body.bytes());
        updateLong(digest, scratch, clock.wallTime().toEpochMilli());
        updateLengthPrefixed(digest, scratch, clock.bootId().getBytes(StandardCharsets.UTF_8));
        updateLong(digest, scratch, clock.monotonicNanos());
        digest.update((byte) (clock.wallClockTrusted() ? 1 : 0));
        digest.update(prevHash.bytesUnsafe());
        updateLengthPrefixed(digest, scratch, keyId.getBytes(StandardCharsets.UTF_8));
        return Sha256.wrap(digest.digest());
    }

    private static void updateLengthPrefixed(MessageDigest digest, byte[] scratch, byte[] bytes) {
        int n = bytes.length;
        scratch[0] = (byte) (n >>> 24);
        scratch[1] = (byte) (n >>> 16);
        scratch[2] = (byte) (n >>> 8);
        scratch[3] = (byte) n;
        digest.update(scratch, 0, 4);
        digest.update(bytes);
    }

    private static void updateLong(MessageDigest digest, byte[] scratch, long value) {
        for (int i = 7; i >= 0; i--) {
            scratch[i] = (byte) value;
            value >>>= 8;
        }
        digest.update(scratch, 0, 8);
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
}
