package org.madang.central.poll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.madang.device.content.poll.seal.SealKeyPair;
import org.madang.sync.api.wire.WireJson;

/**
 * The private keys of sealed polls, one file per key id under {@code <home>/keys/polls/} (mode
 * 0600, never printed, never overwritten): {@code {"poll", "kid", "x25519", "private"}}.
 */
public final class PollKeys {

    /** The folder inside the central home. */
    public static final String FOLDER = "keys/polls";

    private static final Pattern KID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final Path folder;

    /** The poll keys of the central home {@code homeDir}. */
    public PollKeys(Path homeDir) {
        this.folder = homeDir.resolve(FOLDER);
    }

    /** A new key's public half, as the content's {@code seal} object. */
    public record Created(String pollId, String kid, byte[] publicKey, Path file) {

        /** {@code {"kid": …, "x25519": base64url}}: paste it into the poll's definition. */
        public ObjectNode sealJson() {
            ObjectNode seal = WireJson.MAPPER.createObjectNode();
            seal.put("kid", kid);
            seal.put("x25519", B64URL.encodeToString(publicKey));
            return seal;
        }
    }

    /**
     * Creates and stores a key pair for {@code pollId} under {@code kid}.
     *
     * @throws IllegalArgumentException for a kid that is not 1 to 64 letters, digits, '.', '_' or '-'
     * @throws FileAlreadyExistsException when that kid has a key already (a poll key is never replaced:
     *     ballots sealed to it could no longer be opened)
     */
    public Created create(String pollId, String kid) throws IOException {
        if (!KID.matcher(kid).matches()) {
            throw new IllegalArgumentException("key id '" + kid + "' must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        SealKeyPair pair = SealKeyPair.generate();
        ObjectNode file = WireJson.MAPPER.createObjectNode();
        file.put("poll", pollId);
        file.put("kid", kid);
        file.put("x25519", B64URL.encodeToString(pair.publicKey()));
        file.put("private", B64URL.encodeToString(pair.privateKey()));
        Path path = file(kid);
        try (FileChannel channel = FileChannel.open(path, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(OWNER_ONLY))) {
            ByteBuffer bytes = ByteBuffer.wrap(WireJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(file));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        return new Created(pollId, kid, pair.publicKey(), path);
    }

    /**
     * The private key stored under {@code kid}, if any.
     *
     * @throws IOException when the file cannot be read, is not a key file, or others can read it
     */
    public Optional<byte[]> privateKey(String kid) throws IOException {
        if (!KID.matcher(kid).matches()) {
            return Optional.empty();
        }
        Path path = file(kid);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(path);
        if (!OWNER_ONLY.containsAll(mode)) {
            throw new IOException(path + " can be read by group or others (" + PosixFilePermissions.toString(mode)
                    + "): run chmod 600 " + path);
        }
        JsonNode key = WireJson.MAPPER.readTree(path.toFile());
        if (!key.path("private").isTextual()) {
            throw new IOException(path + " is not a poll key file (no 'private')");
        }
        byte[] raw = Base64.getUrlDecoder().decode(key.get("private").asText());
        if (raw.length != 32) {
            throw new IOException(path + " holds a private key of " + raw.length + " bytes, not 32");
        }
        return Optional.of(raw);
    }

    private Path file(String kid) {
        return folder.resolve(kid + ".x25519.json");
    }
}
