package org.madang.kiosk.ui.model.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.setup.CheckItem;
import org.madang.kiosk.setup.CheckResult;
import org.madang.kiosk.setup.CheckStatus;
import org.madang.kiosk.setup.SetupFixtures;
import org.madang.kiosk.setup.TerminalChecks;
import org.madang.kiosk.setup.ProfileAdminPin;
import org.madang.kiosk.setup.UsbEnrollmentFiles;
import org.madang.kiosk.ui.model.Message;
import org.madang.kiosk.ui.model.setup.SetupViewModel.Step;
import org.madang.kiosk.ui.testing.ManualScheduler;
import org.madang.kiosk.ui.testing.SameThreadBackground;

class SetupViewModelTest {

    @TempDir
    Path temp;

    private final ManualScheduler scheduler = new ManualScheduler(SetupFixtures.NOW);
    private Path dataDir;
    private Path usb;
    private int starts;
    private SetupViewModel vm;

    @BeforeEach
    void screen() throws Exception {
        dataDir = temp.resolve("device");
        usb = Files.createDirectories(temp.resolve("media"));
        TerminalChecks checks = new TerminalChecks(dataDir, SetupFixtures.CLOCK, now -> true, (p, d) -> Optional.empty(),
                (url, pinned) -> TerminalChecks.CentralProbe.Reach.UNREACHABLE);
        vm = new SetupViewModel(dataDir, SetupFixtures.enroller(dataDir), new UsbEnrollmentFiles(List.of(usb)), checks,
                new ProfileAdminPin(dataDir, new java.security.SecureRandom()), new SameThreadBackground(), scheduler, false, () -> starts++);
    }

    private SetupViewModel.Page page() {
        return vm.page().get();
    }

    private CheckStatus status(CheckItem item) {
        return page().checks().stream().filter(r -> r.item() == item).map(CheckResult::status).findFirst().orElseThrow();
    }

    @Test
    void anExpiredQrIsRefusedInBothLanguagesAndTheScreenWaitsForAnother() throws Exception {
        vm.scanned(SetupFixtures.qr(SetupFixtures.unreachable(), SetupFixtures.NOW.minusSeconds(60)), ScanSource.KEYBOARD_WEDGE);

        assertThat(page().step()).isEqualTo(Step.SCAN);
        assertThat(page().problem()).anySatisfy(line -> {
            assertThat(line.ko()).contains("만료");
            assertThat(line.en()).contains("expired");
        });
        assertThat(dataDir).doesNotExist();
        vm.start();
        assertThat(starts).isZero();
    }

    @Test
    void aGoodQrSetsTheTerminalUpAndTheStartWaitsUntilTheContentArrives() throws Exception {
        vm.scanned(SetupFixtures.qr(SetupFixtures.unreachable(), SetupFixtures.NOW.plusSeconds(3600)), ScanSource.SERIAL);

        assertThat(page().step()).isEqualTo(Step.CHECKS);
        assertThat(page().done()).hasValueSatisfying(m -> assertThat(m.args()).startsWith("명동", "1114055000"));
        assertThat(status(CheckItem.SCANNER)).as("the enrollment QR itself came from the scanner").isEqualTo(CheckStatus.PASSED);
        assertThat(status(CheckItem.CONTENT)).isEqualTo(CheckStatus.WAITING);
        assertThat(page().checks().getFirst().item()).as("what blocks the start comes first").isEqualTo(CheckItem.CONTENT);
        assertThat(page().canStart()).isFalse();
        vm.start();
        assertThat(starts).isZero();

        SetupFixtures.contentArrives(dataDir);
        scheduler.advance(SetupViewModel.RECHECK);

        assertThat(status(CheckItem.CONTENT)).isEqualTo(CheckStatus.PASSED);
        assertThat(page().canStart()).isTrue();
        vm.start();
        vm.start();
        assertThat(starts).as("started once").isEqualTo(1);
    }

    @Test
    void theUsbButtonSaysWhereItLookedOrListsTheFilesToChooseFrom() throws Exception {
        vm.readUsb();
        assertThat(page().notice()).contains(Message.of("setup.usb.none", usb.toString()));

        Files.writeString(usb.resolve("enrollment-1114055000-aaaa1111.txt"),
                SetupFixtures.qr(SetupFixtures.unreachable(), SetupFixtures.NOW.plusSeconds(3600)));
        Files.writeString(usb.resolve("enrollment-1114055000-bbbb2222.txt"),
                SetupFixtures.qr(SetupFixtures.unreachable(), SetupFixtures.NOW.plusSeconds(3600)));
        vm.readUsb();
        assertThat(page().usbFiles()).hasSize(2);
        assertThat(page().step()).isEqualTo(Step.SCAN);

        vm.chooseUsb(page().usbFiles().getFirst());
        assertThat(page().step()).isEqualTo(Step.CHECKS);
        assertThat(status(CheckItem.ENROLLED)).isEqualTo(CheckStatus.WARNING);
        assertThat(status(CheckItem.SCANNER)).as("nothing scanned yet").isEqualTo(CheckStatus.WARNING);
    }

    @Test
    void staffMayChooseAnAdminPinTypedTwiceAndItIsHashedIntoTheProfile() throws Exception {
        vm.scanned(SetupFixtures.qr(SetupFixtures.unreachable(), SetupFixtures.NOW.plusSeconds(3600)), ScanSource.SERIAL);
        vm.choosePin();
        "123456".chars().forEach(c -> vm.pinDigit((char) c));
        vm.pinOk();
        assertThat(vm.pin().get().message()).contains(Message.of("setup.pin.rejected.SEQUENCE"));
        "246810".chars().forEach(c -> vm.pinDigit((char) c));
        vm.pinOk();
        assertThat(vm.pin().get().message()).contains(Message.of("setup.pin.again"));
        "246810".chars().forEach(c -> vm.pinDigit((char) c));
        vm.pinOk();

        assertThat(vm.pin().get().open()).isFalse();
        assertThat(vm.pin().get().set()).isTrue();
        org.madang.device.profile.DeviceProfile profile = org.madang.device.profile.DeviceProfiles.read(
                org.madang.device.profile.DeviceProfiles.fileIn(dataDir));
        assertThat(profile.adminPin()).hasValueSatisfying(hash -> {
            assertThat(hash.verify("246810".toCharArray())).isTrue();
            assertThat(hash.verify("246811".toCharArray())).isFalse();
        });
    }

    @Test
    void cancellingThePinKeepsNothingAndTheProfileHasNoPin() throws Exception {
        vm.scanned(SetupFixtures.qr(SetupFixtures.unreachable(), SetupFixtures.NOW.plusSeconds(3600)), ScanSource.SERIAL);
        vm.choosePin();
        "2468".chars().forEach(c -> vm.pinDigit((char) c));
        assertThat(vm.pin().get().digits()).isEqualTo(4);
        vm.cancelPin();
        vm.choosePin();
        assertThat(vm.pin().get().digits()).isZero();
        assertThat(org.madang.device.profile.DeviceProfiles.read(org.madang.device.profile.DeviceProfiles.fileIn(dataDir))
                .adminPin()).isEmpty();
    }
}
