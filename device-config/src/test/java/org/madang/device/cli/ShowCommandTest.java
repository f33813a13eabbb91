package org.madang.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.keys.DeviceKeyStore;

class ShowCommandTest {

    @TempDir
    Path temp;

    Path dataDir;
    String privateKeyBody;
    String seedHex;

    @BeforeEach
    void initialise() throws Exception {
        dataDir = Cli.initialisedDevice(temp);
        String pem = Files.readString(dataDir.resolve("keys/device-ed25519.key"));
        privateKeyBody = pem.replaceAll("-----[A-Z ]+-----", "").strip();
        byte[] der = Base64.getMimeDecoder().decode(privateKeyBody);
        seedHex = HexFormat.of().formatHex(der, der.length - 32, der.length);
    }

    @Test
    void showsProfileKeyIdAndJournalFigures() throws Exception {
        Cli.Run run = new Cli().run("show", "--data-dir", dataDir.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("gwangsan-wolgok1-01", "1114055000 명동", "admin PIN: set",
                DeviceKeyStore.in(dataDir).loadPublicKey().keyId(), "last record: 1", "device.event 1");
    }

    @Test
    void neverPrintsThePrivateKeyOrThePinHash() throws Exception {
        String pinHash = new ObjectMapper().readTree(dataDir.resolve("device-profile.json").toFile())
                .get("adminPin").get("hash").asText();

        for (String[] args : new String[][] {{"show", "--data-dir", dataDir.toString()},
                {"show", "--data-dir", dataDir.toString(), "--json"}}) {
            Cli.Run run = new Cli().run(args);

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out() + run.err()).doesNotContain(privateKeyBody, seedHex, pinHash, "PRIVATE KEY");
        }
    }

    @Test
    void jsonNamesEveryFigure() throws Exception {
        Cli.Run run = new Cli().run("show", "--data-dir", dataDir.toString(), "--json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/profile/deviceId").asText()).isEqualTo("gwangsan-wolgok1-01");
        assertThat(json.at("/profile/adminPin").asText()).isEqualTo("set");
        assertThat(json.at("/deviceKey/keyId").asText()).hasSize(32);
        assertThat(json.at("/journal/lastSeq").asLong()).isEqualTo(1);
        assertThat(json.at("/journal/recordsByKind/device.event").asLong()).isEqualTo(1);
        assertThat(json.at("/journal/secretsPending").asInt()).isZero();
        assertThat(json.at("/journal/fileBytes").asLong()).isPositive();
        assertThat(json.at("/journal/journalId").asText()).isNotBlank();
    }

    @Test
    void missingDataDirectoryIsAnEnvironmentProblem() {
        Cli.Run run = new Cli().run("show", "--data-dir", temp.resolve("nowhere").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).contains("데이터 디렉터리", "data directory");
    }
}
