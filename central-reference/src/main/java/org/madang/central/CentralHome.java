package org.madang.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.madang.journal.signing.Ed25519KeyPair;

/**
 * A central's directory: signing key (Ed25519, kid {@code central-1} unless given), admin token,
 * database file. {@code central-home.json} marks it and is written last, so a half-made home is
 * not taken for a home.
 *
 * <pre>
 *   DIR/central-home.json          format, kid, created at
 *   DIR/keys/central-ed25519.key   PKCS#8 PEM, mode 0600 (signs content and tokens)
 *   DIR/admin-token                mode 0600 (Authorization: Bearer … on /admin/v1)
 *   DIR/central.db                 the SQLite database (unless --db names another)
 * </pre>
 */
public final class CentralHome {

    /** The marker file's name. */
    public static final String HOME_FILE = "central-home.json";
    /** The private key's path inside the home. */
    public static final String KEY_FILE = "keys/central-ed25519.key";
    /** The admin token's file name. */
    public static final String ADMIN_TOKEN_FILE = "admin-token";
    /** The SQLite database's file name. */
    public static final String DATABASE_FILE = "central.db";
    /** The kid devices know the central's key by, unless another is given. */
    public static final String DEFAULT_KID = "central-1";

    private static final String FORMAT = "madang-central-home";
    private static final Pattern KID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String PEM_LABEL = "PRIVATE KEY";

    private final Path dir;
    private final Ed25519KeyPair key;
    private final String kid;
    private final String adminToken;

    private CentralHome(Path dir, Ed25519KeyPair key, String kid, String adminToken) {
        this.dir = dir;
        this.key = key;
        this.kid = kid;
        this.adminToken = adminToken;
    }

    /** Creates a home with a new key under kid {@code central-1}; refuses an existing home. */
    public static CentralHome init(Path dir, SecureRandom random) throws IOException {
        return init(dir, random, DEFAULT_KID);
    }

    /**
     * Creates a home with a new key under {@code kid}.
     *
     * @throws IOException when {@code dir} already holds a home (or its key or token), or cannot be written
     */
    public static CentralHome init(Path dir, SecureRandom random, String kid) throws IOException {
        Objects.requireNonNull(random, "random");
        if (!KID.matcher(kid).matches()) {
            throw new IllegalArgumentException("kid '" + kid + "' must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        for (String existing : new String[] {HOME_FILE, KEY_FILE, ADMIN_TOKEN_FILE}) {
            if (Files.exists(dir.resolve(existing))) {
                throw new IOException(dir.resolve(existing) + " exists: " + dir
                        + " is already a central home, and its key is never overwritten; choose another directory");
            }
        }
        Files.createDirectories(dir);
        Path keys = dir.resolve(KEY_FILE).getParent();
        if (!Files.isDirectory(keys)) {
            Files.createDirectory(keys, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Ed25519KeyPair key = Ed25519KeyPair.generate(random);
        byte[] tokenBytes = new byte[32];
        random.nextBytes(tokenBytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(tokenBytes);
        writeNew(dir.resolve(KEY_FILE), pem(key.pkcs8()));
        writeNew(dir.resolve(ADMIN_TOKEN_FILE), (token + "\n").getBytes(StandardCharsets.US_ASCII));
        Map<String, Object> home = new LinkedHashMap<>();
        home.put("format", FORMAT);
        home.put("version", 1);
        home.put("kid", kid);
        // The public half, for device profiles (device-config trust-key --kid KID --x X).
        home.put("x", key.publicKey().jwkX());
        home.put("createdAt", Instant.now().toString());
        writeNew(dir.resolve(HOME_FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(home));
        return new CentralHome(dir, key, kid, token);
    }

    /**
     * Opens an existing home.
     *
     * @throws IOException naming the file when {@code dir} is not a central home, a file is
     *     missing or malformed, or the key or token can be read by others
     */
    public static CentralHome open(Path dir) throws IOException {
        Path homeFile = dir.resolve(HOME_FILE);
        if (!Files.isRegularFile(homeFile)) {
            throw new IOException(dir + " is not a central home (no " + HOME_FILE + "): create one with 'init --dir " + dir + "'");
        }
        JsonNode home;
        try {
            home = JSON.readTree(homeFile.toFile());
        } catch (IOException e) {
            throw new IOException(homeFile + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(home.path("format").asText()) || !home.path("kid").isTextual()) {
            throw new IOException(homeFile + " is not a central home file (format " + FORMAT + " with a kid)");
        }
        Path keyFile = dir.resolve(KEY_FILE);
        Path tokenFile = dir.resolve(ADMIN_TOKEN_FILE);
        ownerOnly(keyFile);
        ownerOnly(tokenFile);
        Ed25519KeyPair key;
        try {
            key = Ed25519KeyPair.ofPkcs8(unpem(Files.readString(keyFile, StandardCharsets.US_ASCII)));
        } catch (IllegalArgumentException e) {
            throw new IOException(keyFile + " is not a PEM Ed25519 private key: " + e.getMessage(), e);
        }
        String token = Files.readString(tokenFile, StandardCharsets.US_ASCII).strip();
        if (token.length() < 32) {
            throw new IOException(tokenFile + " holds no admin token (at least 32 characters expected)");
        }
        return new CentralHome(dir, key, home.get("kid").asText(), token);
    }

    private static void ownerOnly(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is missing: the central home is incomplete");
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(mode)) {
            throw new IOException(file + " can be read by group or others (" + PosixFilePermissions.toString(mode)
                    + "): run chmod 600 " + file);
        }
    }

    private static void writeNew(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(OWNER_ONLY))) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static byte[] pem(byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return ("-----BEGIN " + PEM_LABEL + "-----\n" + body + "\n-----END " + PEM_LABEL + "-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] unpem(String text) {
        String begin = "-----BEGIN " + PEM_LABEL + "-----";
        String end = "-----END " + PEM_LABEL + "-----";
        int start = text.indexOf(begin);
        int stop = text.indexOf(end);
        if (start < 0 || stop < start) {
            throw new IllegalArgumentException("no PEM block labelled " + PEM_LABEL);
        }
        return Base64.getMimeDecoder().decode(text.substring(start + begin.length(), stop));
    }

    public Path dir() {
        return dir;
    }

    /** The key that signs content bundles and tokens. */
    public Ed25519KeyPair signingKey() {
        return key;
    }

    /** The kid devices know {@link #signingKey()} by. */
    public String signingKeyId() {
        return kid;
    }

    /** The token the admin API requires. */
    public String adminToken() {
        return adminToken;
    }

    /** The public key as a JWK's {@code x} (base64url of the raw key), for device profiles. */
    public String publicJwkX() {
        return key.publicKey().jwkX();
    }

    /** {@code jdbc:sqlite:<dir>/central.db}. */
    public String defaultJdbcUrl() {
        return "jdbc:sqlite:" + dir.resolve(DATABASE_FILE).toAbsolutePath();
    }
}
