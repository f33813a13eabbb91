package org.madang.device.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.Signature64;

class DeviceKeyStoreTest {

    @TempDir
    Path dataDir;

    private final SecureRandom random = new SecureRandom();

    @Test
    void createsPrivateKeyOwnerOnlyInOwnerOnlyDirectory() throws IOException, DeviceKeyException {
        DeviceKeyStore store = DeviceKeyStore.in(dataDir);

        store.create(random);

        assertThat(mode(store.directory())).isEqualTo("rwx------");
        assertThat(mode(store.privateKeyFile())).isEqualTo("rw-------");
        assertThat(mode(store.publicKeyFile())).isEqualTo("rw-r--r--");
        assertThat(Files.readString(store.privateKeyFile())).startsWith("-----BEGIN PRIVATE KEY-----\n")
                .endsWith("-----END PRIVATE KEY-----\n");
        assertThat(Files.readString(store.publicKeyFile())).startsWith("-----BEGIN PUBLIC KEY-----\n");
    }

    @Test
    void loadsTheKeyItCreated() throws DeviceKeyException {
        DeviceKeyStore store = DeviceKeyStore.in(dataDir);
        Ed25519KeyPair created = store.create(random);

        Ed25519KeyPair loaded = store.load();

        assertThat(loaded.keyId()).isEqualTo(created.keyId());
        assertThat(store.loadPublicKey()).isEqualTo(created.publicKey());
        byte[] message = "record hash".getBytes(StandardCharsets.UTF_8);
        assertThat(created.publicKey().verifies(message, loaded.sign(message))).isTrue();
    }

    @Test
    void refusesToOverwriteAnExistingKey() throws Exception {
        DeviceKeyStore store = DeviceKeyStore.in(dataDir);
        store.create(random);
        String before = Files.readString(store.privateKeyFile());

        assertThatThrownBy(() -> store.create(random))
                .isInstanceOfSatisfying(DeviceKeyException.class,
                        e -> assertThat(e.problem()).isEqualTo(DeviceKeyException.Problem.ALREADY_EXISTS));
        assertThat(Files.readString(store.privateKeyFile())).isEqualTo(before);
    }

    @Test
    void rejectsWorldReadableKeyFile() throws Exception {
        DeviceKeyStore store = DeviceKeyStore.in(dataDir);
        store.create(random);
        Files.setPosixFilePermissions(store.privateKeyFile(), PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(store::load).isInstanceOfSatisfying(DeviceKeyException.class, e -> {
            assertThat(e.problem()).isEqualTo(DeviceKeyException.Problem.PERMISSIONS_TOO_OPEN);
            assertThat(e.mode()).isEqualTo("0644");
            assertThat(e.file()).isEqualTo(store.privateKeyFile());
            assertThat(e.getMessage()).contains(store.privateKeyFile().toString(), "0644", "chmod 600 " + store.privateKeyFile());
        });
    }

    @Test
    void rejectsGroupReadableKeyFile() throws Exception {
        DeviceKeyStore store = DeviceKeyStore.in(dataDir);
        store.create(random);
        Files.setPosixFilePermissions(store.privateKeyFile(), PosixFilePermissions.fromString("rw-r-----"));

        assertThatThrownBy(store::load).isInstanceOfSatisfying(DeviceKeyException.class, e -> {
            assertThat(e.problem()).isEqualTo(DeviceKeyException.Problem.PERMISSIONS_TOO_OPEN);
            assertThat(e.mode()).isEqualTo("0640");
            assertThat(e.getMessage()).contains("chmod 600 " + store.privateKeyFile());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw--w----", "rw----r--", "rw------x", "r--r-----"})
    void rejectsKeyFileThatGroupOrOthersCanAccess(String permissions) throws Exception {
        DeviceKeyStore store = DeviceKeyStore.in(dataDir);
        store.create(random);
        Files.setPosixFilePermissions(store.privateKeyFile(), PosixFilePermissions.fromString(permissions));

        assertThatThrownBy(store::load).isInstanceOfSatisfying(DeviceKeyException.class,
                e -> assertThat(e.problem()).isEqualTo(DeviceKeyException.Problem.PERMISSIONS_TOO_OPEN));
    }

    @Test
    void acceptsReadOnlyOwnerKeyFile() throws Exception {
        DeviceKeyStore store = DeviceKeyStore.in(dataDir);
        store.create(random);
        Files.setPosixFilePermissions(store.privateKeyFile(), PosixFilePermissions.fromString("r--------"));

        assertThat(store.checkPrivateKeyPermissions()).isEqualTo("0400");
        assertThat(store.load()).isNotNull();
    }

    @Test
    void rejectsPublicKeyOfAnotherDevice() throws Exception {
        DeviceKeyStore store = DeviceKeyStore.in(dataDir);
        store.create(random);
        DeviceKeyStore other = DeviceKeyStore.in(dataDir.resolve("other"));
        Files.createDirectories(dataDir.resolve("other"));
        other.create(random);
        Files.copy(other.publicKeyFile(), store.publicKeyFile(), StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(store::load).isInstanceOfSatisfying(DeviceKeyException.class,
                e -> assertThat(e.problem()).isEqualTo(DeviceKeyException.Problem.MISMATCH));
    }

    @Test
    void rejectsAFileThatIsNotAKey() throws Exception {
        DeviceKeyStore store = DeviceKeyStore.in(dataDir);
        store.create(random);
        Files.writeString(store.privateKeyFile(), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

        assertThatThrownBy(store::load).isInstanceOfSatisfying(DeviceKeyException.class,
                e -> assertThat(e.problem()).isEqualTo(DeviceKeyException.Problem.MALFORMED));
    }

    @Test
    void reportsAMissingKey() {
        assertThatThrownBy(DeviceKeyStore.in(dataDir)::load).isInstanceOfSatisfying(DeviceKeyException.class,
                e -> assertThat(e.problem()).isEqualTo(DeviceKeyException.Problem.MISSING));
    }

    @Test
    void theJdkReadsThePrivateKey() throws Exception {
        DeviceKeyStore store = DeviceKeyStore.in(dataDir);
        Ed25519KeyPair created = store.create(random);
        byte[] der = Base64.getMimeDecoder().decode(Files.readString(store.privateKeyFile())
                .replaceAll("-----[A-Z ]+-----", ""));

        var privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        var signer = Signature.getInstance("Ed25519");
        signer.initSign(privateKey);
        byte[] message = "hello".getBytes(StandardCharsets.UTF_8);
        signer.update(message);

        assertThat(created.publicKey().verifies(message, Signature64.of(signer.sign()))).isTrue();
        PublicKey jdkPublic = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(created.publicKey().x509()));
        assertThat(jdkPublic.getEncoded()).isEqualTo(created.publicKey().x509());
    }

    @Test
    void opensslReadsThePrivateKeyAndDerivesTheSamePublicKey() throws Exception {
        assumeThat(opensslAvailable()).as("openssl on the PATH").isTrue();
        DeviceKeyStore store = DeviceKeyStore.in(dataDir);
        Ed25519KeyPair created = store.create(random);

        Process openssl = new ProcessBuilder("openssl", "pkey", "-in", store.privateKeyFile().toString(), "-noout", "-text")
                .redirectErrorStream(true).start();
        String text = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(openssl.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(openssl.exitValue()).as(text).isZero();
        assertThat(text).contains("ED25519 Private-Key");
        String publicHex = text.substring(text.indexOf("pub:") + 4).replaceAll("[^0-9a-f]", "");
        assertThat(publicHex).isEqualTo(HexFormat.of().formatHex(created.publicKey().raw()));
    }

    @Test
    void opensslReadsThePublicKey() throws Exception {
        assumeThat(opensslAvailable()).as("openssl on the PATH").isTrue();
        DeviceKeyStore store = DeviceKeyStore.in(dataDir);
        store.create(random);

        Process openssl = new ProcessBuilder("openssl", "pkey", "-pubin", "-in", store.publicKeyFile().toString(), "-noout")
                .redirectErrorStream(true).start();
        String text = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(openssl.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(openssl.exitValue()).as(text).isZero();
    }

    private static boolean opensslAvailable() {
        try {
            Process process = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
