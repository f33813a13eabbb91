package org.madang.device.cli;

import java.util.concurrent.Callable;
import org.madang.device.profile.DeviceProfile;
import org.madang.journal.signing.Ed25519PublicKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code device-config trust-key --data-dir DIR --kid KID --x X}: staff add the district central's
 * public key (as {@code central-reference init} prints it) to the profile, so the device accepts
 * content bundles and tokens that key signs.
 */
@Command(name = "trust-key")
final class TrustKeyCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Mixin
    private DataDirOption dataDir;

    @Option(names = "--kid", required = true, paramLabel = "KID", descriptionKey = "trust-key.kid")
    private String kid;

    @Option(names = "--x", required = true, paramLabel = "X", descriptionKey = "trust-key.x")
    private String x;

    @Override
    public Integer call() throws CommandFailure {
        DataDirectory directory = dataDir.existing();
        DeviceProfile profile = directory.readProfile();
        Ed25519PublicKey key;
        try {
            key = Ed25519PublicKey.ofJwkX(x.strip());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.trust-key.x", x, e.getMessage()));
        }
        boolean added = CentralKeyTrust.trust(directory, profile, kid, key,
                Text.of("error.trust-key.kid-taken", kid, directory.profileFile()));
        common.environment().out().println(common.messages().get(added ? "trust-key.added" : "trust-key.already",
                kid, key.keyId(), directory.profileFile()));
        return ExitStatus.OK.code();
    }
}
