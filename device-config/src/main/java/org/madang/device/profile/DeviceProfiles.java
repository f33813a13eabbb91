package org.madang.device.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.madang.device.pin.AdminPinHash;
import org.madang.device.files.DurableFiles;

/**
 * Reads, validates and writes {@code device-profile.json}.
 *
 * <p>Reading reports every problem at once ({@link ProfileException}); writing validates first,
 * so an invalid profile never reaches the disk, and replaces the file atomically, so a power cut
 * leaves the old profile or the new one, never half of either.
 */
public final class DeviceProfiles {

    /** The profile's file name inside the data directory. */
    public static final String FILE_NAME = "device-profile.json";
    /** The format version this software reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    /** rw-r-----: the kiosk service's group may read the profile; nobody else may. */
    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-r-----");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // A key given twice would otherwise silently keep the last value.
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private DeviceProfiles() {
    }

    /** The profile file of a data directory. */
    public static Path fileIn(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /**
     * Reads and validates a profile file.
     *
     * @throws ProfileException listing every problem, including malformed JSON with line and column
     * @throws IOException if the file cannot be read
     */
    public static DeviceProfile read(Path file) throws IOException, ProfileException {
        return parse(Files.readAllBytes(file));
    }

    /** Parses and validates profile JSON. */
    public static DeviceProfile parse(byte[] json) throws ProfileException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            ProblemList problems = new ProblemList();
            problems.add("$", "", ProfileProblem.Code.MALFORMED_JSON, where == null ? 0 : where.getLineNr(),
                    where == null ? 0 : where.getColumnNr(), e.getOriginalMessage());
            throw problems.toException();
        } catch (IOException e) {
            throw new IllegalStateException("reading JSON from memory cannot fail with I/O", e);
        }
        return fromTree(tree);
    }

    /** Validates a profile given as a JSON tree (e.g. built from command-line options). */
    public static DeviceProfile fromTree(JsonNode tree) throws ProfileException {
        return ProfileValidator.validate(tree);
    }

    /** The profile as a JSON tree, fields in their documented order. */
    public static ObjectNode toTree(DeviceProfile profile) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", profile.schemaVersion());
        root.put("deviceId", profile.deviceId());
        root.putObject("site").put("dongCode", profile.site().dongCode()).put("dongName", profile.site().dongName());
        ArrayNode roles = root.putArray("roles");
        profile.roles().forEach(role -> roles.add(role.profileName()));
        ArrayNode locales = root.putArray("locales");
        profile.locales().forEach(locale -> locales.add(locale.tag()));
        root.put("centralUrl", profile.centralUrl().toString());
        ArrayNode keys = root.putArray("trustedCentralKeys");
        for (TrustedKey key : profile.trustedCentralKeys()) {
            keys.addObject().put("kty", "OKP").put("crv", "Ed25519").put("kid", key.kid()).put("x", key.key().jwkX());
        }
        root.put("dataDir", profile.dataDir().toString());
        ObjectNode peripherals = root.putObject("peripherals")
                .put("provider", profile.peripherals().provider().profileName());
        profile.peripherals().pins().ifPresent(pins -> {
            ObjectNode pinNode = peripherals.putObject("pins");
            pins.byName().forEach(pinNode::put);
        });
        profile.adminPin().ifPresent(pin -> root.putObject("adminPin")
                .put("algorithm", AdminPinHash.ALGORITHM)
                .put("iterations", pin.iterations())
                .put("salt", pin.saltBase64())
                .put("hash", pin.hashBase64()));
        root.put("audio", profile.audio());
        return root;
    }

    /** The profile file's bytes: indented JSON, UTF-8, ending in a newline. */
    public static byte[] toBytes(DeviceProfile profile) {
        try {
            String text = MAPPER.writeValueAsString(toTree(profile)) + "\n";
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * Writes the profile atomically with mode 0640: a temporary file in the same directory,
     * flushed to disk, then renamed over the target, then the directory flushed.
     *
     * @throws IllegalArgumentException if the profile does not validate (a programming error)
     */
    public static void write(Path file, DeviceProfile profile) throws IOException {
        byte[] bytes = toBytes(profile);
        try {
            parse(bytes);
        } catch (ProfileException e) {
            throw new IllegalArgumentException("refusing to write an invalid profile: " + e.getMessage(), e);
        }
        DurableFiles.replace(file, bytes, FILE_MODE);
    }
}
