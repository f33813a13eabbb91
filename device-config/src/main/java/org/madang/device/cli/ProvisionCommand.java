package org.madang.device.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.madang.device.pin.AdminPinHash;
import org.madang.device.profile.DeviceProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code device-config provision --data-dir DIR --enrollment QR}: sets a terminal up from an
 * enrollment QR without a screen ({@link Provisioner} does the work; the kiosk's set-up mode
 * uses the same through {@link Provisioning}).
 */
@Command(name = "provision")
final class ProvisionCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR", descriptionKey = "data-dir")
    private Path dataDir;

    @Option(names = "--enrollment", required = true, paramLabel = "QR_TEXT_OR_FILE", descriptionKey = "enrollment")
    private String enrollment;

    @Option(names = "--device-id", paramLabel = "ID", descriptionKey = "device-id")
    private String deviceId;

    @Option(names = "--admin-pin-stdin", descriptionKey = "admin-pin-stdin")
    private boolean adminPinStdin;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10", descriptionKey = "timeout")
    private int timeoutSeconds;

    @Override
    public Integer call() throws CommandFailure {
        Environment environment = common.environment();
        DataDirectory directory = DataDirectory.at(dataDir);
        String text = EnrollmentInput.read(enrollment).strip();
        Provisioner.Result result = Provisioner.run(directory, text, Optional.ofNullable(deviceId),
                profile -> withPin(profile, environment), Duration.ofSeconds(Math.max(1, timeoutSeconds)),
                environment.clock(), environment.random(), Optional.empty());
        Bilingual.print(environment.out(), Provisioner.report(directory, result));
        return ExitStatus.OK.code();
    }

    private DeviceProfile withPin(DeviceProfile profile, Environment environment) throws CommandFailure {
        if (!adminPinStdin) {
            return profile;
        }
        char[] pin = AdminPinEntry.read(environment, true, common.messages());
        try {
            return profile.withAdminPin(AdminPinHash.derive(pin, environment.random()));
        } finally {
            Arrays.fill(pin, '\0');
        }
    }
}
