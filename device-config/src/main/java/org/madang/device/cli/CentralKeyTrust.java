package org.madang.device.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.DeviceProfiles;
import org.madang.device.profile.ProfileException;
import org.madang.device.profile.TrustedKey;
import org.madang.journal.signing.Ed25519PublicKey;

/** Adds a central key to a device profile's trusted keys, refusing to replace a different key of the same name. */
final class CentralKeyTrust {

    private CentralKeyTrust() {
    }

    /**
     * Trusts {@code key} under {@code kid}; false if the profile already trusts exactly that key.
     *
     * @throws CommandFailure when another key holds the name, or the profile cannot be written
     */
    static boolean trust(DataDirectory directory, DeviceProfile profile, String kid, Ed25519PublicKey key,
            Text kidTaken) throws CommandFailure {
        Optional<TrustedKey> existing = profile.trustedCentralKeys().stream().filter(trusted -> trusted.kid().equals(kid))
                .findFirst();
        if (existing.isPresent()) {
            if (!existing.get().key().equals(key)) {
                throw new CommandFailure(ExitStatus.CHECK_FAILED, kidTaken);
            }
            return false;
        }
        // Through the JSON tree, so fields other engineers add to the profile are carried over.
        ObjectNode tree = DeviceProfiles.toTree(profile);
        ((ArrayNode) tree.get("trustedCentralKeys")).addObject().put("kty", "OKP").put("crv", "Ed25519").put("kid", kid)
                .put("x", key.jwkX());
        try {
            DeviceProfiles.write(directory.profileFile(), DeviceProfiles.fromTree(tree));
        } catch (ProfileException e) {
            throw Failures.profile(directory.profileFile(), e);
        } catch (IOException e) {
            throw Failures.io(directory.profileFile(), e);
        }
        return true;
    }
}
