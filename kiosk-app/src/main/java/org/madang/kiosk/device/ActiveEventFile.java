package org.madang.kiosk.device;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.madang.device.files.DurableFiles;
import org.madang.kiosk.ui.port.ActiveEventMemory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The active event kept in {@code <dataDir>/kiosk/active-event.json} (replaced durably). It is
 * the screen's state, not a record: check-ins themselves carry their event in the journal. A
 * damaged file is logged and ignored (the kiosk then picks the first open event, as on a new
 * device).
 */
public final class ActiveEventFile implements ActiveEventMemory {

    /** The file's directory under the data directory. */
    public static final String DIRECTORY = "kiosk";
    /** The file's name. */
    public static final String FILE_NAME = "active-event.json";

    private static final Logger log = LoggerFactory.getLogger(ActiveEventFile.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Clock clock;

    private ActiveEventFile(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The file of the device in {@code dataDir}. */
    public static ActiveEventFile in(Path dataDir, Clock clock) {
        return new ActiveEventFile(dataDir.resolve(DIRECTORY).resolve(FILE_NAME), clock);
    }

    @Override
    public Optional<String> recall() {
        try {
            JsonNode tree = JSON.readTree(Files.readAllBytes(file));
            JsonNode id = tree.get("eventId");
            if (id == null || !id.isTextual() || id.asText().isBlank()) {
                log.warn("{} has no eventId; choosing the first open event", file);
                return Optional.empty();
            }
            return Optional.of(id.asText());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            log.warn("{} cannot be read ({}); choosing the first open event", file, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void remember(String eventId) {
        Map<String, String> content = new LinkedHashMap<>();
        content.put("eventId", eventId);
        content.put("chosenAt", clock.instant().toString());
        try {
            Files.createDirectories(file.getParent(), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwxr-x---")));
            DurableFiles.replace(file, JSON.writeValueAsBytes(content), PosixFilePermissions.fromString("rw-r-----"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the active event in " + file, e);
        }
    }
}
