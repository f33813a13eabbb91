package org.madang.device.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.DeviceProfiles;
import org.madang.device.profile.ProfileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code device-config validate FILE}: checks a profile file before it is copied to a device. */
@Command(name = "validate")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "validate.file")
    private Path file;

    @Override
    public Integer call() throws CommandFailure {
        Environment environment = common.environment();
        try {
            DeviceProfile profile = DeviceProfiles.read(file);
            environment.out().println(common.messages()
                    .get("validate.valid", file, profile.deviceId(), profile.site().dongCode()));
            return ExitStatus.OK.code();
        } catch (ProfileException e) {
            throw Failures.profile(file, e);
        } catch (IOException e) {
            throw Failures.io(file, e);
        }
    }
}
