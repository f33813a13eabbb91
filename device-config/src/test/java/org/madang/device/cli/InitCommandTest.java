package org.madang.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.madang.device.keys.DeviceKeyStore;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.DeviceProfiles;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.journal.sqlite.SqliteJournalReader;

class InitCommandTest {

    @TempDir
    Path temp;

    @Test
    void createsDataDirectoryKeysJournalAndProfile() throws Exception {
        Path dataDir = temp.resolve("device");

        Cli.Run run = new Cli().stdin(Cli.PIN + "\n").run(Cli.initArgs(dataDir, "--roles", "checkin,vote"));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(mode(dataDir)).isEqualTo("rwxr-x---");
        assertThat(mode(dataDir.resolve("keys"))).isEqualTo("rwx------");
        assertThat(mode(dataDir.resolve("keys/device-ed25519.key"))).isEqualTo("rw-------");
        assertThat(mode(dataDir.resolve("device-profile.json"))).isEqualTo("rw-r-----");
        DeviceProfile profile = DeviceProfiles.read(dataDir.resolve("device-profile.json"));
        assertThat(profile.deviceId()).isEqualTo("gwangsan-wolgok1-01");
        assertThat(profile.dataDir()).isEqualTo(dataDir);
        assertThat(profile.roles()).extracting(role -> role.profileName()).containsExactly("checkin", "vote");
        assertThat(profile.adminPin()).hasValueSatisfying(hash -> assertThat(hash.verify(Cli.PIN.toCharArray())).isTrue());
        try (SqliteJournalReader reader = SqliteJournalReader.open(dataDir.resolve("journal.db"))) {
            List<JournalRecord> records = reader.readAfter(0, 10);
            assertThat(records).hasSize(1);
            assertThat(records.getFirst().kind()).isEqualTo(RecordKind.DEVICE_EVENT);
            assertThat(records.getFirst().keyId()).isEqualTo(DeviceKeyStore.in(dataDir).loadPublicKey().keyId());
            assertThat(records.getFirst().body().tree().get("event").asText()).isEqualTo("device.initialised");
            assertThat(records.getFirst().body().tree().get("siteCode").asText()).isEqualTo("1114055000");
            assertThat(records.getFirst().body().tree().get("software").asText()).isEqualTo(SoftwareVersion.current());
        }
        assertThat(run.out()).contains("gwangsan-wolgok1-01").doesNotContain(Cli.PIN);
    }

    @Test
    void refusesExistingProfileAndChangesNothing() throws Exception {
        Path dataDir = Cli.initialisedDevice(temp);
        Map<Path, String> before = snapshot(dataDir);

        Cli.Run run = new Cli().stdin("9753102\n").run(Cli.initArgs(dataDir));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("이미 장치가 있습니다", "a device already exists here", "device-profile.json");
        assertThat(snapshot(dataDir)).isEqualTo(before);
    }

    @Test
    void refusesDirectoryHoldingAKeyWithoutProfile() throws Exception {
        Path dataDir = temp.resolve("device");
        Files.createDirectories(dataDir.resolve("keys"));
        Files.writeString(dataDir.resolve("keys/device-ed25519.key"), "old key");

        Cli.Run run = new Cli().stdin(Cli.PIN + "\n").run(Cli.initArgs(dataDir));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(Files.readString(dataDir.resolve("keys/device-ed25519.key"))).isEqualTo("old key");
        assertThat(dataDir.resolve("journal.db")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"111405500", "99140550000", "9914055000", "1114000000", "1114055021"})
    void invalidSiteCodeWritesNothingAtAll(String siteCode) {
        Path dataDir = temp.resolve("device");

        Cli.Run run = new Cli().stdin(Cli.PIN + "\n").run(Cli.initArgs(dataDir, "--site-code", siteCode));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("site.dongCode (--site-code)", siteCode, "1114055000");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void invalidValuesInExistingEmptyDirectoryLeaveItEmpty() throws Exception {
        Path dataDir = Files.createDirectory(temp.resolve("device"));

        Cli.Run run = new Cli().stdin(Cli.PIN + "\n").run(Cli.initArgs(dataDir, "--central", "http://central.example.go.kr/"));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        try (Stream<Path> entries = Files.list(dataDir)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void reportsEveryInvalidOptionInBothLanguages() {
        Path dataDir = temp.resolve("device");

        Cli.Run run = new Cli().stdin(Cli.PIN + "\n").run(Cli.initArgs(dataDir, "--device-id", "Bad_Id",
                "--roles", "checkin,admin", "--site-code", "12345"));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("deviceId (--device-id)", "roles[1] (--roles)", "site.dongCode (--site-code)")
                .contains("오류: init에 준 값이 올바르지 않습니다 (문제 3개)")
                .contains("Error: the values given to init are not valid (3 problem(s))")
                .contains("checkin, vote, survey");
        assertThat(run.err().indexOf("오류:")).isLessThan(run.err().indexOf("Error:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567890123", "12a456", "000000", "123456", "654321"})
    void weakPinWritesNothing(String pin) {
        Path dataDir = temp.resolve("device");

        Cli.Run run = new Cli().stdin(pin + "\n").run(Cli.initArgs(dataDir));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("관리자 PIN", "admin PIN");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void withoutTerminalOrStdinFlagFailsAsUsageErrorNamingTheFlag() {
        Path dataDir = temp.resolve("device");
        String[] args = Cli.initArgs(dataDir);
        String[] withoutFlag = Arrays.stream(args).filter(a -> !a.equals("--admin-pin-stdin")).toArray(String[]::new);

        Cli.Run run = new Cli().run(withoutFlag);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--admin-pin-stdin").contains("터미널", "terminal");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void asksTwiceAtTheTerminal() throws Exception {
        Path dataDir = temp.resolve("device");
        String[] withoutFlag = Arrays.stream(Cli.initArgs(dataDir))
                .filter(a -> !a.equals("--admin-pin-stdin")).toArray(String[]::new);
        Deque<String> typed = new ArrayDeque<>(List.of("4826031", "4826031"));
        List<String> prompts = new ArrayList<>();

        Cli.Run run = new Cli().console(prompt -> {
            prompts.add(prompt);
            return Optional.of(typed.pop().toCharArray());
        }).run(withoutFlag);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(prompts).hasSize(2);
        assertThat(DeviceProfiles.read(dataDir.resolve("device-profile.json")).adminPin().orElseThrow()
                .verify("4826031".toCharArray())).isTrue();
    }

    @Test
    void differentPinsAtTheTerminalWriteNothing() {
        Path dataDir = temp.resolve("device");
        String[] withoutFlag = Arrays.stream(Cli.initArgs(dataDir))
                .filter(a -> !a.equals("--admin-pin-stdin")).toArray(String[]::new);
        Deque<String> typed = new ArrayDeque<>(List.of("4826031", "4826032"));

        Cli.Run run = new Cli().console(prompt -> Optional.of(typed.pop().toCharArray())).run(withoutFlag);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("두 번 입력한 PIN이 다릅니다", "the two PINs typed differ");
        assertThat(dataDir).doesNotExist();
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** Every file under root with its size, mode and modification time. */
    private static Map<Path, String> snapshot(Path root) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                files.put(root.relativize(path), Files.size(path) + " " + mode(path) + " "
                        + Files.getLastModifiedTime(path).toMillis()
                        + (Files.isRegularFile(path) ? " " + Arrays.hashCode(Files.readAllBytes(path)) : ""));
            }
        }
        return files;
    }
}
