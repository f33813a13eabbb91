package org.madang.sync.agent.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.madang.journal.JournalException;
import org.madang.journal.JournalReader;
import org.madang.journal.JournalRecord;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.sync.api.export.ExportManifest;
import org.madang.sync.api.export.ExportWriter;

/**
 * Writes the complete journal as a signed USB export (decision 0010): to a temporary file beside
 * the target, flushed to the medium, then renamed, so a stick pulled out early holds no file that
 * looks complete. Never overwrites an existing file.
 */
public final class JournalExport {

    private static final int READ_BATCH = 1000;

    private JournalExport() {
    }

    /**
     * What was written.
     *
     * @param file the export
     * @param records how many records
     * @param bytes the file's size
     * @param lastSeq the newest record in it
     */
    public record Summary(Path file, long records, long bytes, long lastSeq) {
    }

    /**
     * Exports records 1…(the journal's last record now).
     *
     * @throws FileAlreadyExistsException if {@code target} exists
     */
    public static Summary write(JournalReader journal, String deviceId, String siteCode, Ed25519KeyPair key,
            Path target, Instant now) throws IOException, JournalException {
        Path file = target.toAbsolutePath().normalize();
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null, "an export is never overwritten");
        }
        Path directory = file.getParent();
        long lastSeq = journal.lastSeq();
        ExportManifest manifest = ExportManifest.of(deviceId, siteCode, journal.info().journalId(), key.keyId(),
                key.publicKey().jwkX(), lastSeq, now.toString());
        Path temp = Files.createTempFile(directory, "." + file.getFileName() + "-", ".tmp");
        try {
            long records = 0;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                try (ExportWriter writer = new ExportWriter(new java.io.BufferedOutputStream(
                        new NonClosing(out), 64 * 1024), manifest, key)) {
                    long after = 0;
                    while (after < lastSeq) {
                        List<JournalRecord> batch = journal.readAfter(after, (int) Math.min(READ_BATCH, lastSeq - after));
                        if (batch.isEmpty()) {
                            throw new IllegalStateException("the journal ended at " + after + " before " + lastSeq);
                        }
                        for (JournalRecord record : batch) {
                            writer.add(record);
                            records++;
                        }
                        after = batch.getLast().seq();
                    }
                    writer.finish();
                }
                channel.force(true);
            }
            // Without REPLACE_EXISTING the move refuses an existing target (a file created meanwhile).
            Files.move(temp, file);
            try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException e) {
                // Some file systems (FAT on USB sticks) cannot open a directory; the file itself is flushed.
            }
            return new Summary(file, records, Files.size(file), lastSeq);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Lets the export writer close its streams without closing the channel before it is forced. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
