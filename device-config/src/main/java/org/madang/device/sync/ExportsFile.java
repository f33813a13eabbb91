package org.madang.device.sync;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * {@code <dataDir>/sync/exports.json}: every USB export the sync agent wrote, so that resetting or
 * re-provisioning a device can tell whether the records the central has not acknowledged are
 * at least on a stick: {@code {"exports":[{"journalId","firstSeq","lastSeq","file","at"}]}}.
 */
public final class ExportsFile {

    /** The file's name inside {@code sync/}. */
    public static final String FILE_NAME = "exports.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /**
     * One export.
     *
     * @param journalId the journal it was taken from
     * @param firstSeq its first record
     * @param lastSeq its last record
     * @param file where it was written
     * @param at when
     */
    public record Export(String journalId, long firstSeq, long lastSeq, String file, Instant at) {
        public Export {
            Objects.requireNonNull(journalId, "journalId");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(at, "at");
        }
    }

    private final Path file;

    private ExportsFile(Path file) {
        this.file = file;
    }

    /** The exports file of a data directory. */
    public static ExportsFile in(Path dataDir) {
        return new ExportsFile(dataDir.resolve(SyncStateFile.DIRECTORY).resolve(FILE_NAME));
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /**
     * Every export recorded, oldest first.
     *
     * @throws IOException naming the file when it cannot be read or parsed
     */
    public List<Export> read() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        List<Export> exports = new ArrayList<>();
        try {
            for (JsonNode entry : MAPPER.readTree(bytes).path("exports")) {
                exports.add(new Export(entry.get("journalId").asText(), entry.get("firstSeq").asLong(),
                        entry.get("lastSeq").asLong(), entry.get("file").asText(), Instant.parse(entry.get("at").asText())));
            }
        } catch (JacksonException | RuntimeException e) {
            throw new IOException(file + " is not a list of exports: " + e.getMessage()
                    + " (move it away; the next export writes a new one)", e);
        }
        return exports;
    }

    /** The highest record of {@code journalId} that an export starting at record 1 covered, if any. */
    public OptionalLong coveredThrough(String journalId) throws IOException {
        return read().stream().filter(e -> e.journalId().equals(journalId) && e.firstSeq() <= 1)
                .mapToLong(Export::lastSeq).max();
    }

    /** Adds an export and replaces the file durably. */
    public void add(Export export) throws IOException {
        List<Export> all = new ArrayList<>(read());
        all.add(export);
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("exports");
        for (Export each : all) {
            list.addObject().put("journalId", each.journalId()).put("firstSeq", each.firstSeq())
                    .put("lastSeq", each.lastSeq()).put("file", each.file()).put("at", each.at().toString());
        }
        SyncFiles.replace(file, (root.toPrettyString() + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
