package org.madang.device.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and durably replaces {@code <dataDir>/sync/state.json}. The agent is its only writer; the
 * kiosk and {@code sync-agent status} read it at any time (a replace is atomic, so a reader sees the
 * old file or the new one).
 */
public final class SyncStateFile {

    /** The agent's directory inside the data directory. */
    public static final String DIRECTORY = "sync";
    /** The state file's name. */
    public static final String FILE_NAME = "state.json";

    /** rwxr-x---: the kiosk's group reads the agent's files, nobody else. */
    public static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwxr-x---");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Path file;

    private SyncStateFile(Path file) {
        this.file = file;
    }

    /** The state file of a data directory. */
    public static SyncStateFile in(Path dataDir) {
        return new SyncStateFile(dataDir.resolve(DIRECTORY).resolve(FILE_NAME));
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /**
     * The state, or empty when the agent has never written one.
     *
     * @throws CorruptStateException if the file exists but is not a valid state
     * @throws IOException if it cannot be read
     */
    public Optional<SyncState> read() throws CorruptStateException, IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return Optional.of(parse(bytes));
    }

    /** Replaces the file with {@code state}: temp file, fsync, rename, directory fsync. */
    public void write(SyncState state) throws IOException {
        SyncFiles.replace(file, toBytes(state));
    }

    /** The file's bytes for a state: one JSON object, fields in their documented order. */
    public static byte[] toBytes(SyncState state) {
        try {
            return (MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(state)) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** The state as a JSON tree, as in the file. */
    public static ObjectNode toTree(SyncState state) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", state.schemaVersion());
        root.put("journalId", state.journalId());
        root.put("ackedSeq", state.ackedSeq());
        root.put("ackedHash", state.ackedHash().orElse(null));
        root.put("contentEtag", state.contentEtag().orElse(null));
        root.put("contentVersion", state.contentVersion().orElse(null));
        root.put("clockOffsetMillis", state.clockOffsetMillis());
        root.put("clockMeasuredAt", state.clockMeasuredAt().map(Instant::toString).orElse(null));
        root.put("lastAttemptAt", state.lastAttemptAt().map(Instant::toString).orElse(null));
        root.put("lastSuccessAt", state.lastSuccessAt().map(Instant::toString).orElse(null));
        if (state.lastError().isPresent()) {
            SyncState.LastError error = state.lastError().get();
            root.putObject("lastError").put("code", error.code()).put("message", error.message())
                    .put("at", error.at().toString());
        } else {
            root.putNull("lastError");
        }
        if (state.blocked().isPresent()) {
            SyncState.Blocked blocked = state.blocked().get();
            root.putObject("blocked").put("seq", blocked.seq()).put("reason", blocked.reason())
                    .put("detail", blocked.detail());
        } else {
            root.putNull("blocked");
        }
        return root;
    }

    private SyncState parse(byte[] bytes) throws CorruptStateException {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new CorruptStateException(file, "not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new CorruptStateException(file, "not a JSON object", null);
        }
        int version = integer(root, "schemaVersion").intValue();
        if (version != SyncState.SCHEMA_VERSION) {
            throw new CorruptStateException(file, "schemaVersion " + version + " is not "
                    + SyncState.SCHEMA_VERSION + " (written by other software?)", null);
        }
        try {
            return new SyncState(version, text(root, "journalId").orElseThrow(() -> missing("journalId")),
                    integer(root, "ackedSeq"),
                    text(root, "ackedHash"), text(root, "contentEtag"),
                    optionalInteger(root, "contentVersion").map(Long::intValue),
                    integer(root, "clockOffsetMillis"),
                    instant(root, "clockMeasuredAt"), instant(root, "lastAttemptAt"), instant(root, "lastSuccessAt"),
                    lastError(root.get("lastError")), blocked(root.get("blocked")));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CorruptStateException(file, e.getMessage(), e);
        }
    }

    private CorruptStateException missing(String field) {
        return new CorruptStateException(file, "field '" + field + "' is missing", null);
    }

    private Long integer(JsonNode node, String field) throws CorruptStateException {
        return optionalInteger(node, field).orElseThrow(() -> missing(field));
    }

    private Optional<Long> optionalInteger(JsonNode node, String field) throws CorruptStateException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new CorruptStateException(file, "field '" + field + "' must be an integer, found " + value, null);
        }
        return Optional.of(value.longValue());
    }

    private Optional<String> text(JsonNode node, String field) throws CorruptStateException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new CorruptStateException(file, "field '" + field + "' must be a string, found " + value, null);
        }
        return Optional.of(value.asText());
    }

    private Optional<Instant> instant(JsonNode node, String field) throws CorruptStateException {
        Optional<String> value = text(node, field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.get()));
        } catch (DateTimeParseException e) {
            throw new CorruptStateException(file, "field '" + field + "' is not an ISO-8601 instant: " + value.get(), e);
        }
    }

    private Optional<SyncState.LastError> lastError(JsonNode node) throws CorruptStateException {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new SyncState.LastError(text(node, "code").orElseThrow(() -> missing("lastError.code")),
                text(node, "message").orElseThrow(() -> missing("lastError.message")),
                instant(node, "at").orElseThrow(() -> missing("lastError.at"))));
    }

    private Optional<SyncState.Blocked> blocked(JsonNode node) throws CorruptStateException {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new SyncState.Blocked(integer(node, "seq"),
                text(node, "reason").orElseThrow(() -> missing("blocked.reason")),
                text(node, "detail").orElseThrow(() -> missing("blocked.detail"))));
    }
}
