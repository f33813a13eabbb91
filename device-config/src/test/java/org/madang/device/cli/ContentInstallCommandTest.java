package org.madang.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.content.ContentBundles;
import org.madang.device.content.ContentStore;
import org.madang.device.profile.DeviceProfiles;
import org.madang.journal.signing.Ed25519KeyPair;

class ContentInstallCommandTest {

    @TempDir
    Path temp;

    Path dataDir;
    Ed25519KeyPair central;

    @BeforeEach
    void deviceTrustingTheDemoCentral() {
        dataDir = Cli.initialisedDevice(temp);
        Cli.Run kit = new Cli().run("demo-kit", "--data-dir", dataDir.toString());
        assertThat(kit.exitCode()).as(kit.toString()).isZero();
        central = loadDemoCentral();
    }

    private Ed25519KeyPair loadDemoCentral() {
        try {
            return org.madang.device.keys.DeviceKeyStore.in(dataDir.resolve("demo-central")).load();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Path bundleFile(String name, ObjectNode payload) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, ContentBundles.sign(payload, central, DemoKitCommand.KID) + "\n", StandardCharsets.US_ASCII);
        return file;
    }

    private ObjectNode payload(int version) throws Exception {
        var profile = DeviceProfiles.read(DeviceProfiles.fileIn(dataDir));
        return DemoKitCommand.payload(profile, new byte[32],
                org.madang.device.content.demo.DemoContent.fromSeed(new byte[32]), version, java.time.Instant.parse("2026-11-22T01:00:00Z"));
    }

    private int installedVersion() throws Exception {
        var profile = DeviceProfiles.read(DeviceProfiles.fileIn(dataDir));
        return ContentStore.in(dataDir, ContentFailures.trustedKeys(profile)).current().orElseThrow().bundle().version();
    }

    @Test
    void installsANewerBundleAndListsItsEvents() throws Exception {
        Path file = bundleFile("bundle.jws", payload(7));

        Cli.Run run = new Cli().run("content-install", "--data-dir", dataDir.toString(), file.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Content version 7", "Myeongdong alley clean-up", "500 points", "once-per-event",
                "2026-11-22T00:00+09:00", "polls: 4", "surveys: 1",
                "poll demo-agenda: 우리 동네 마을의제 사전투표 / Village agenda pre-vote, rule single, 4 items, seal key demo-seal-agenda",
                "poll demo-budget:", "rule budget", "survey demo-park-survey:", "8 questions, 500 points");
        assertThat(installedVersion()).isEqualTo(7);
    }

    @Test
    void refusesAnOlderBundleInBothLanguagesAndKeepsTheInstalledOne() throws Exception {
        new Cli().run("content-install", "--data-dir", dataDir.toString(), bundleFile("b7.jws", payload(7)).toString());

        Cli.Run run = new Cli().run("content-install", "--data-dir", dataDir.toString(),
                bundleFile("b6.jws", payload(6)).toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("새것이 아니라서", "not newer", "버전 7", "version 7");
        assertThat(installedVersion()).isEqualTo(7);
    }

    @Test
    void namesEveryProblemOfAnInvalidBundle() throws Exception {
        ObjectNode payload = payload(9);
        ((ObjectNode) payload.withArray("events").get(0)).put("points", 50_000);
        ((ObjectNode) payload.withArray("events").get(1)).put("limit", "always");

        Cli.Run run = new Cli().run("content-install", "--data-dir", dataDir.toString(),
                bundleFile("bad.jws", payload).toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("events[0].points = 50000", "100에서 10000 사이", "between 100 and 10000",
                "events[1].limit = \"always\"", "once-per-event, once-per-day", "해결:", "Fix:");
        assertThat(installedVersion()).isEqualTo(1);
    }

    @Test
    void namesTheProblemsOfAnInvalidPollAndSurveyInBothLanguages() throws Exception {
        ObjectNode payload = payload(9);
        ObjectNode budget = (ObjectNode) payload.withArray("polls").get(2);
        ((ObjectNode) budget.withArray("items").get(0)).put("cost", -1);
        ((ObjectNode) payload.withArray("polls").get(3).get("rule")).put("k", 9);
        ((ObjectNode) payload.withArray("surveys").get(0)).put("identified", true).remove("consent");

        Cli.Run run = new Cli().run("content-install", "--data-dir", dataDir.toString(),
                bundleFile("bad-polls.jws", payload).toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("polls[2].items[0].cost = -1", "polls[3].rule.k = 9", "5개뿐", "only 5",
                "surveys[0].identified", "동의", "consent screen", "해결:", "Fix:");
        assertThat(installedVersion()).isEqualTo(1);
    }

    @Test
    void refusesATamperedBundle() throws Exception {
        Path file = bundleFile("bundle.jws", payload(8));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 10] = (byte) (bytes[bytes.length - 10] == 'A' ? 'B' : 'A');
        Files.write(file, bytes);

        Cli.Run run = new Cli().run("content-install", "--data-dir", dataDir.toString(), file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("서명이 맞지 않습니다", "signature does not match");
    }

    @Test
    void refusesABundleFromAnUntrustedCentral() throws Exception {
        Path file = temp.resolve("foreign.jws");
        Files.writeString(file, ContentBundles.sign(payload(8), Ed25519KeyPair.ofSeed(new byte[32]), "central-2026"));

        Cli.Run run = new Cli().run("content-install", "--data-dir", dataDir.toString(), file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("central-2026", "신뢰하지 않는 키", "does not trust", DemoKitCommand.KID);
    }

    @Test
    void aMissingFileIsAnEnvironmentProblem() {
        Cli.Run run = new Cli().run("content-install", "--data-dir", dataDir.toString(), temp.resolve("none.jws").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).contains("none.jws", "없습니다", "does not exist");
    }

    @Test
    void aMissingDataDirectoryIsAnEnvironmentProblem() throws Exception {
        Cli.Run run = new Cli().run("content-install", "--data-dir", temp.resolve("nowhere").toString(),
                bundleFile("b.jws", payload(2)).toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    }

    @Test
    void aFileThatIsNotABundleIsRefusedAsInvalid() throws Exception {
        Path file = temp.resolve("photo.jpg");
        Files.write(file, Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8}, 100));

        Cli.Run run = new Cli().run("content-install", "--data-dir", dataDir.toString(), file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("서명된 콘텐츠 묶음이 아닙니다", "not a signed content bundle");
    }

    @Test
    void withoutTrustedKeysNothingIsInstalled() throws Exception {
        Path fresh = Cli.initialisedDevice(temp.resolve("fresh"));
        Cli.Run run = new Cli().run("content-install", "--data-dir", fresh.toString(),
                bundleFile("b.jws", payload(2)).toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(Files.exists(fresh.resolve("content").resolve("current.jws"))).isFalse();
        assertThat(Map.of("err", run.err())).hasEntrySatisfying("err", err -> assertThat(err).contains("(trusted: -)"));
    }
}
