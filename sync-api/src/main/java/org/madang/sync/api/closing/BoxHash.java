package org.madang.sync.api.closing;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.madang.journal.chain.Sha256;

/**
 * A terminal's ballot-box hash (wave contract, {@code vote.close}): SHA-256 hex of the hashes of
 * its {@code vote.ballot} records of the poll, sorted ascending, each followed by a line feed. The
 * kiosk writes it on the closing sheet; the central recomputes it from the ballots it stored.
 */
public final class BoxHash {

    private BoxHash() {
    }

    /** The box hash of these record hashes (lower-case hex). */
    public static String of(Collection<String> recordHashes) {
        StringBuilder lines = new StringBuilder();
        recordHashes.stream().sorted().forEach(hash -> lines.append(hash).append('\n'));
        return Sha256.digest(lines.toString().getBytes(StandardCharsets.UTF_8)).hex();
    }
}
