package org.madang.device.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madang.device.profile.ProfileJson.problemsOf;
import static org.madang.device.profile.ProfileJson.valid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioProfileTest {

    @Test
    void audioIsOffWhenTheProfileDoesNotMentionIt() throws Exception {
        assertThat(DeviceProfiles.fromTree(valid()).audio()).isFalse();
    }

    @Test
    void readsAudioOn() throws Exception {
        assertThat(DeviceProfiles.fromTree(valid().put("audio", true)).audio()).isTrue();
    }

    @Test
    void refusesAudioThatIsNotABoolean() {
        ObjectNode tree = valid().put("audio", "yes");

        assertThat(problemsOf(tree)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("audio");
            assertThat(problem.code()).isEqualTo(ProfileProblem.Code.WRONG_TYPE);
            assertThat(problem.value()).isEqualTo("yes");
        });
    }

    @Test
    void writesAudioAndReadsItBack(@TempDir Path dir) throws Exception {
        DeviceProfile on = DeviceProfiles.fromTree(valid()).withAudio(true);
        Path file = dir.resolve("device-profile.json");

        DeviceProfiles.write(file, on);

        assertThat(DeviceProfiles.toTree(on).get("audio").booleanValue()).isTrue();
        assertThat(DeviceProfiles.read(file)).isEqualTo(on);
        assertThat(DeviceProfiles.toTree(on.withAudio(false)).get("audio").booleanValue()).isFalse();
    }

    @Test
    void changingTheAdminPinKeepsAudio() throws Exception {
        DeviceProfile on = DeviceProfiles.fromTree(valid()).withAudio(true);
        var pin = org.madang.device.pin.AdminPinHash.derive("482915".toCharArray(), new java.security.SecureRandom());

        assertThat(on.withAdminPin(pin).audio()).isTrue();
    }
}
