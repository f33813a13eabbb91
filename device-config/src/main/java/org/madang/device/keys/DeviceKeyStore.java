package org.madang.device.keys;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.Ed25519PublicKey;

/**
 * The device's Ed25519 key in {@code <dataDir>/keys/}: {@code device-ed25519.key} (PKCS#8 PEM,
 * mode 0600) and {@code device-ed25519.pub} (X.509 PEM). OpenSSL reads both.
 *
 * <p>The key signs every journal record, so it is never overwritten (records signed by a lost key
 * could no longer be told from forgeries) and never loaded from a file others can read.
 */
public final class DeviceKeyStore {

    /** The key directory's name inside the data directory. */
    public static final String DIRECTORY = "keys";
    /** The private key's file name. */
    public static final String PRIVATE_KEY_FILE = "device-ed25519.key";
    /** The public key's file name. */
    public static final String PUBLIC_KEY_FILE = "device-ed25519.pub";

    static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_MODE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> PUBLIC_MODE = PosixFilePermissions.fromString("rw-r--r--");
    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";

    private final Path directory;

    private DeviceKeyStore(Path directory) {
        this.directory = directory;
    }

    /** The key store of a data directory (nothing is read or created yet). */
    public static DeviceKeyStore in(Path dataDir) {
        return new DeviceKeyStore(dataDir.resolve(DIRECTORY));
    }

    public Path directory() {
        return directory;
    }

    public Path privateKeyFile() {
        return directory.resolve(PRIVATE_KEY_FILE);
    }

    public Path publicKeyFile() {
        return directory.resolve(PUBLIC_KEY_FILE);
    }

    /**
     * Generates a key pair and writes both files. The private key file is created with mode 0600
     * in the same system call that creates it (O_CREAT|O_EXCL with a mode), so it is never
     * readable by others, not even for an instant; the directory is created 0700.
     *
     * @throws DeviceKeyException {@code ALREADY_EXISTS} if either file exists; {@code IO} otherwise
     */
    public Ed25519KeyPair create(SecureRandom random) throws DeviceKeyException {
        return store(Ed25519KeyPair.generate(random));
    }

    /**
     * Writes a key pair made elsewhere (provision makes the key before it knows whether the
     * central accepts it, and writes it only then), with the same care as {@link #create}.
     *
     * @throws DeviceKeyException {@code ALREADY_EXISTS} if either file exists; {@code IO} otherwise
     */
    public Ed25519KeyPair store(Ed25519KeyPair keyPair) throws DeviceKeyException {
        for (Path file : List.of(privateKeyFile(), publicKeyFile())) {
            if (Files.exists(file)) {
                throw new DeviceKeyException(DeviceKeyException.Problem.ALREADY_EXISTS, file,
                        "a device key already exists and is never overwritten");
            }
        }
        List<Path> created = new ArrayList<>();
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
                created.add(directory);
            }
            writeNew(privateKeyFile(), PRIVATE_MODE, Pem.encode(PRIVATE_LABEL, keyPair.pkcs8()), created);
            writeNew(publicKeyFile(), PUBLIC_MODE, Pem.encode(PUBLIC_LABEL, keyPair.publicKey().x509()), created);
            try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
                dir.force(true);
            }
            return keyPair;
        } catch (FileAlreadyExistsException e) {
            deleteAll(created);
            throw new DeviceKeyException(DeviceKeyException.Problem.ALREADY_EXISTS, Path.of(e.getFile()), "",
                    "a device key appeared while this one was being written", e);
        } catch (IOException e) {
            deleteAll(created);
            throw new DeviceKeyException(DeviceKeyException.Problem.IO, directory, "",
                    "cannot write the device key: " + e, e);
        }
    }

    private static void writeNew(Path file, Set<PosixFilePermission> mode, String pem, List<Path> created)
            throws IOException {
        try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(mode))) {
            created.add(file);
            ByteBuffer bytes = ByteBuffer.wrap(pem.getBytes(StandardCharsets.US_ASCII));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }

    private static void deleteAll(List<Path> created) {
        for (Path path : created.reversed()) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // Best effort: the original failure is what gets reported.
            }
        }
    }

    /**
     * Loads the key pair, refusing a private key file that group or others can access and a
     * public key file that does not match it.
     */
    public Ed25519KeyPair load() throws DeviceKeyException {
        Path file = privateKeyFile();
        String mode = checkPrivateKeyPermissions();
        Ed25519KeyPair keyPair;
        try {
            keyPair = Ed25519KeyPair.ofPkcs8(Pem.decode(read(file), PRIVATE_LABEL));
        } catch (IllegalArgumentException e) {
            throw new DeviceKeyException(DeviceKeyException.Problem.MALFORMED, file, mode,
                    "not a PEM Ed25519 private key (PKCS#8): " + e.getMessage(), e);
        }
        if (!keyPair.publicKey().equals(loadPublicKey())) {
            throw new DeviceKeyException(DeviceKeyException.Problem.MISMATCH, publicKeyFile(),
                    "the public key file does not belong to the private key " + file);
        }
        return keyPair;
    }

    /**
     * Checks that only the owner can access the private key file.
     *
     * @return the file's octal mode, e.g. {@code 0600}
     * @throws DeviceKeyException {@code PERMISSIONS_TOO_OPEN} naming the mode, or {@code MISSING}
     */
    public String checkPrivateKeyPermissions() throws DeviceKeyException {
        Path file = privateKeyFile();
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (NoSuchFileException e) {
            throw new DeviceKeyException(DeviceKeyException.Problem.MISSING, file, "", "no device key", e);
        } catch (IOException e) {
            throw new DeviceKeyException(DeviceKeyException.Problem.IO, file, "", "cannot read its permissions: " + e, e);
        }
        String mode = FileMode.octal(permissions);
        if (FileMode.groupOrOthers(permissions)) {
            throw new DeviceKeyException(DeviceKeyException.Problem.PERMISSIONS_TOO_OPEN, file, mode,
                    "private key has mode " + mode + ", which lets group or others read it; run: chmod 600 " + file, null);
        }
        return mode;
    }

    /** Loads the public key alone (for its fingerprint and for verifying), without the private key. */
    public Ed25519PublicKey loadPublicKey() throws DeviceKeyException {
        Path file = publicKeyFile();
        try {
            return Ed25519PublicKey.ofX509(Pem.decode(read(file), PUBLIC_LABEL));
        } catch (IllegalArgumentException e) {
            throw new DeviceKeyException(DeviceKeyException.Problem.MALFORMED, file, "",
                    "not a PEM Ed25519 public key (X.509): " + e.getMessage(), e);
        }
    }

    private static String read(Path file) throws DeviceKeyException {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new DeviceKeyException(DeviceKeyException.Problem.MISSING, file, "", "no device key", e);
        } catch (IOException e) {
            throw new DeviceKeyException(DeviceKeyException.Problem.IO, file, "", "cannot read: " + e, e);
        }
    }
}
