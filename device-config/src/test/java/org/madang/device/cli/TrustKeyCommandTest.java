package org.madang.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.profile.DeviceProfiles;
import org.madang.journal.signing.Ed25519KeyPair;

class TrustKeyCommandTest {

    @TempDir
    Path temp;

    Path dataDir;

    private final Ed25519KeyPair central = Ed25519KeyPair.generate(new SecureRandom());

    @BeforeEach
    void initialise() {
        dataDir = Cli.initialisedDevice(temp);
    }

    private Cli.Run trust(String kid, String x) {
        return new Cli().run("trust-key", "--data-dir", dataDir.toString(), "--kid", kid, "--x", x, "--lang", "en");
    }

    @Test
    void addsTheCentralKeyToTheProfileOnceAndSaysSoTheSecondTime() throws Exception {
        Cli.Run first = trust("central-1", central.publicKey().jwkX());
        Cli.Run second = trust("central-1", central.publicKey().jwkX());

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("now trusts central key central-1").contains(central.keyId());
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("already trusts");
        assertThat(DeviceProfiles.read(DeviceProfiles.fileIn(dataDir)).trustedCentralKeys())
                .filteredOn(key -> key.kid().equals("central-1"))
                .singleElement().satisfies(key -> assertThat(key.key()).isEqualTo(central.publicKey()));
    }

    @Test
    void refusesAnotherKeyUnderATrustedNameAndChangesNothing() throws Exception {
        trust("central-1", central.publicKey().jwkX());
        byte[] before = Files.readAllBytes(DeviceProfiles.fileIn(dataDir));

        Cli.Run run = trust("central-1", Ed25519KeyPair.generate(new SecureRandom()).publicKey().jwkX());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("already trusts a different key named central-1").contains("Nothing was changed");
        assertThat(Files.readAllBytes(DeviceProfiles.fileIn(dataDir))).isEqualTo(before);
    }

    @Test
    void refusesAValueThatIsNotAnEd25519KeyWithTheFix() {
        Cli.Run run = trust("central-1", "not-a-key");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--x not-a-key is not an Ed25519 public key").contains("Fix:");
    }
}
