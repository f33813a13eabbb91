package org.madang.kiosk.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.cli.Provisioning;
import org.madang.device.keys.CentralCaFile;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.DeviceProfiles;
import org.madang.device.profile.PeripheralProvider;
import org.madang.device.profile.Peripherals;
import org.madang.device.profile.PinMap;
import org.madang.journal.testing.TestCertificates;
import org.madang.sync.api.tls.PinnedCa;

class TerminalChecksTest {

    @TempDir
    Path temp;

    private Path dataDir;
    private DeviceProfile profile;

    @BeforeEach
    void provisioned() throws Exception {
        dataDir = temp.resolve("device");
        Provisioning.Report report = SetupFixtures.enroller(dataDir)
                .fromText(SetupFixtures.qr(SetupFixtures.unreachable(), SetupFixtures.NOW.plusSeconds(3600)));
        assertThat(report.outcome()).isEqualTo(Provisioning.Outcome.QUEUED);
        profile = DeviceProfiles.read(DeviceProfiles.fileIn(dataDir));
    }

    private TerminalChecks checks(boolean clockSynced, TerminalChecks.GpioProbe gpio, boolean centralUp) {
        return new TerminalChecks(dataDir, SetupFixtures.CLOCK, now -> clockSynced, gpio,
                (url, pinned) -> centralUp ? TerminalChecks.CentralProbe.Reach.REACHABLE : TerminalChecks.CentralProbe.Reach.UNREACHABLE);
    }

    private static Map<CheckItem, CheckResult> byItem(List<CheckResult> results) {
        return results.stream().collect(Collectors.toMap(CheckResult::item, Function.identity()));
    }

    @Test
    void aTerminalQueuedOfflineWaitsForItsContentAndStartsOnceTheSyncAgentInstallsIt() throws Exception {
        TerminalChecks checks = checks(true, (p, d) -> Optional.empty(), false);

        List<CheckResult> first = checks.run(profile, new TerminalChecks.Inputs(false, false, false));

        assertThat(first).extracting(CheckResult::item).containsExactly(CheckItem.values());
        Map<CheckItem, CheckResult> items = byItem(first);
        assertThat(items.get(CheckItem.STORAGE).status()).isIn(CheckStatus.PASSED, CheckStatus.WARNING);
        assertThat(items.get(CheckItem.STORAGE).detail()).isIn("storage.ok", "storage.low", "storage.slow");
        assertThat(items.get(CheckItem.CLOCK)).isEqualTo(CheckResult.of(CheckItem.CLOCK, CheckStatus.PASSED, "clock.ok",
                "2026-11-22 10:00"));
        assertThat(items.get(CheckItem.SCANNER).status()).isEqualTo(CheckStatus.WARNING);
        assertThat(items.get(CheckItem.CAMERA).status()).isEqualTo(CheckStatus.NOT_USED);
        assertThat(items.get(CheckItem.GPIO).status()).isEqualTo(CheckStatus.NOT_USED);
        assertThat(items.get(CheckItem.NETWORK)).isEqualTo(CheckResult.of(CheckItem.NETWORK, CheckStatus.WARNING,
                "network.down", "127.0.0.1"));
        assertThat(items.get(CheckItem.ENROLLED).detail()).isEqualTo("enrolled.queued");
        assertThat(items.get(CheckItem.CONTENT).status()).isEqualTo(CheckStatus.WAITING);
        assertThat(TerminalChecks.allowStart(first)).isFalse();

        SetupFixtures.contentArrives(dataDir);
        List<CheckResult> second = checks.run(profile, new TerminalChecks.Inputs(true, false, false));

        assertThat(byItem(second).get(CheckItem.CONTENT)).isEqualTo(CheckResult.of(CheckItem.CONTENT, CheckStatus.PASSED,
                "content.ok", "1", 1, 0, 0));
        assertThat(byItem(second).get(CheckItem.SCANNER).status()).isEqualTo(CheckStatus.PASSED);
        assertThat(TerminalChecks.allowStart(second)).isTrue();
    }

    @Test
    void pinsThatDoNotOpenOrASilentCameraBlockTheStartAndAnUnsyncedClockOnlyWarns() throws Exception {
        SetupFixtures.contentArrives(dataDir);
        DeviceProfile withGpio = new DeviceProfile(profile.schemaVersion(), profile.deviceId(), profile.site(),
                profile.roles(), profile.locales(), profile.centralUrl(), profile.trustedCentralKeys(), profile.dataDir(),
                Peripherals.onPins(PeripheralProvider.GPIO, new PinMap(17, 27, 22, 18, OptionalInt.empty())),
                profile.adminPin(), profile.audio());
        TerminalChecks checks = checks(false, (p, d) -> Optional.of(List.of("GPIO 칩이 없습니다", "no GPIO chip")), true);

        Map<CheckItem, CheckResult> items = byItem(checks.run(withGpio, new TerminalChecks.Inputs(true, true, false)));

        assertThat(items.get(CheckItem.GPIO)).isEqualTo(CheckResult.of(CheckItem.GPIO, CheckStatus.FAILED, "gpio.fail",
                "GPIO 칩이 없습니다", "no GPIO chip"));
        assertThat(items.get(CheckItem.CAMERA).status()).isEqualTo(CheckStatus.FAILED);
        assertThat(items.get(CheckItem.CLOCK).status()).isEqualTo(CheckStatus.WARNING);
        assertThat(items.get(CheckItem.NETWORK).status()).isEqualTo(CheckStatus.PASSED);
        assertThat(TerminalChecks.allowStart(List.copyOf(items.values()))).isFalse();
    }

    @Test
    void pinsThatOpenedAndStorageThatPassedAreNotProbedAgainOnEachRecheck() throws Exception {
        DeviceProfile withGpio = new DeviceProfile(profile.schemaVersion(), profile.deviceId(), profile.site(),
                profile.roles(), profile.locales(), profile.centralUrl(), profile.trustedCentralKeys(), profile.dataDir(),
                Peripherals.onPins(PeripheralProvider.GPIO, new PinMap(17, 27, 22, 18, OptionalInt.empty())),
                profile.adminPin(), profile.audio());
        int[] opened = {0};
        TerminalChecks checks = checks(true, (p, d) -> {
            opened[0]++;
            return opened[0] == 1 ? Optional.of(List.of("핀이 사용 중입니다", "pin busy")) : Optional.empty();
        }, true);
        TerminalChecks.Inputs inputs = new TerminalChecks.Inputs(true, false, false);

        assertThat(byItem(checks.run(withGpio, inputs)).get(CheckItem.GPIO).status()).isEqualTo(CheckStatus.FAILED);
        List<CheckResult> second = checks.run(withGpio, inputs);
        List<CheckResult> third = checks.run(withGpio, inputs);

        assertThat(opened[0]).as("failed once, so tried again; passed, so not opened a third time").isEqualTo(2);
        assertThat(byItem(third).get(CheckItem.GPIO).status()).isEqualTo(CheckStatus.PASSED);
        assertThat(byItem(third).get(CheckItem.STORAGE)).as("the first storage result, not a new probe")
                .isSameAs(byItem(second).get(CheckItem.STORAGE));
    }

    private DeviceProfile talkingTo(String url) {
        return new DeviceProfile(profile.schemaVersion(), profile.deviceId(), profile.site(), profile.roles(),
                profile.locales(), java.net.URI.create(url), profile.trustedCentralKeys(), profile.dataDir(),
                profile.peripherals(), profile.adminPin(), profile.audio());
    }

    @Test
    void anHttpsCentralReachedThroughThePinnedCaShowsTheStartOfTheCaFingerprint() throws Exception {
        TestCertificates certificates = TestCertificates.create(temp.resolve("certs"));
        PinnedCa installed = CentralCaFile.in(dataDir).install(certificates.caPem, Clock.systemUTC());
        List<Optional<PinnedCa>> offered = new java.util.ArrayList<>();
        // The CA was made just now: a clock of today, not the fixtures' fixed morning.
        TerminalChecks checks = new TerminalChecks(dataDir, Clock.systemUTC(), now -> true, (p, d) -> Optional.empty(),
                (url, pinned) -> {
                    offered.add(pinned);
                    return TerminalChecks.CentralProbe.Reach.REACHABLE;
                });

        CheckResult network = byItem(checks.run(talkingTo("https://central.example.go.kr/"),
                new TerminalChecks.Inputs(true, false, false))).get(CheckItem.NETWORK);

        String fingerprint = PinnedCa.fingerprint(installed.authorities().get(0));
        assertThat(network).isEqualTo(CheckResult.of(CheckItem.NETWORK, CheckStatus.PASSED, "network.pinned",
                "central.example.go.kr", fingerprint.substring(0, 11) + "…"));
        assertThat(offered).singleElement().satisfies(pinned -> assertThat(pinned).isPresent());
    }

    @Test
    void aCentralWhoseCertificateIsRefusedWarnsAndSaysHowToInstallTheCa() throws Exception {
        TerminalChecks checks = new TerminalChecks(dataDir, SetupFixtures.CLOCK, now -> true, (p, d) -> Optional.empty(),
                (url, pinned) -> TerminalChecks.CentralProbe.Reach.UNTRUSTED);

        CheckResult network = byItem(checks.run(talkingTo("https://central.example.go.kr/"),
                new TerminalChecks.Inputs(true, false, false))).get(CheckItem.NETWORK);

        assertThat(network).isEqualTo(CheckResult.of(CheckItem.NETWORK, CheckStatus.WARNING, "network.untrusted",
                "central.example.go.kr"));
    }

    @Test
    void aCertificateRefusedThoughACaIsPinnedSaysItDoesNotMatchThePinnedCa() throws Exception {
        TestCertificates certificates = TestCertificates.create(temp.resolve("certs"));
        CentralCaFile.in(dataDir).install(certificates.caPem, Clock.systemUTC());
        TerminalChecks checks = new TerminalChecks(dataDir, Clock.systemUTC(), now -> true, (p, d) -> Optional.empty(),
                (url, pinned) -> TerminalChecks.CentralProbe.Reach.UNTRUSTED);

        CheckResult network = byItem(checks.run(talkingTo("https://central.example.go.kr/"),
                new TerminalChecks.Inputs(true, false, false))).get(CheckItem.NETWORK);

        assertThat(network).isEqualTo(CheckResult.of(CheckItem.NETWORK, CheckStatus.WARNING, "network.untrusted.pinned",
                "central.example.go.kr"));
    }

    @Test
    void aCertificateRefusedForItsDatesWarnsToCheckTheClockShowingTheTerminalsTime() throws Exception {
        TerminalChecks checks = new TerminalChecks(dataDir, SetupFixtures.CLOCK, now -> false, (p, d) -> Optional.empty(),
                (url, pinned) -> TerminalChecks.CentralProbe.Reach.DATE_REFUSED);

        CheckResult network = byItem(checks.run(talkingTo("https://central.example.go.kr/"),
                new TerminalChecks.Inputs(true, false, false))).get(CheckItem.NETWORK);

        assertThat(network).isEqualTo(CheckResult.of(CheckItem.NETWORK, CheckStatus.WARNING, "network.dates",
                "central.example.go.kr", "2026-11-22 10:00"));
    }

    @Test
    void aPinnedCaFileThatCannotBeUsedBlocksTheStartAndNamesTheFile() throws Exception {
        Path pin = CentralCaFile.in(dataDir).file();
        java.nio.file.Files.createDirectories(pin.getParent());
        java.nio.file.Files.writeString(pin, "not a certificate\n");
        SetupFixtures.contentArrives(dataDir);
        boolean[] probed = {false};
        TerminalChecks checks = new TerminalChecks(dataDir, SetupFixtures.CLOCK, now -> true, (p, d) -> Optional.empty(),
                (url, pinned) -> {
                    probed[0] = true;
                    return TerminalChecks.CentralProbe.Reach.REACHABLE;
                });

        List<CheckResult> results = checks.run(talkingTo("https://central.example.go.kr/"),
                new TerminalChecks.Inputs(true, false, false));

        CheckResult network = byItem(results).get(CheckItem.NETWORK);
        assertThat(network.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(network.detail()).isEqualTo("network.ca.NOT_PEM");
        assertThat(network.args().get(0)).isEqualTo(pin.getFileName().toString());
        assertThat(probed[0]).as("no connection is tried with a pin that cannot be used").isFalse();
        assertThat(TerminalChecks.allowStart(results)).isFalse();
    }
}
