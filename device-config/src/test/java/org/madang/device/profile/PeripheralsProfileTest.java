package org.madang.device.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.madang.device.profile.ProfileJson.problemsOf;
import static org.madang.device.profile.ProfileJson.valid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.madang.device.profile.ProfileProblem.Code;

class PeripheralsProfileTest {

    @TempDir
    Path temp;

    private static ObjectNode withPins(String provider) {
        ObjectNode tree = valid();
        ObjectNode peripherals = tree.putObject("peripherals").put("provider", provider);
        peripherals.putObject("pins").put("ledGreen", 17).put("ledAmber", 27).put("ledRed", 22).put("buzzer", 18)
                .put("callButton", 23);
        return tree;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpio", "mock"})
    void readsThePinMapOfAProviderThatDrivesPins(String provider) throws Exception {
        Peripherals peripherals = DeviceProfiles.fromTree(withPins(provider)).peripherals();

        assertThat(peripherals.provider().profileName()).isEqualTo(provider);
        assertThat(peripherals.pins()).contains(new PinMap(17, 27, 22, 18, OptionalInt.of(23)));
    }

    @Test
    void acceptsAPinMapWithoutCallButton() throws Exception {
        ObjectNode tree = withPins("gpio");
        tree.withObject("/peripherals/pins").remove("callButton");

        assertThat(DeviceProfiles.fromTree(tree).peripherals().pins().orElseThrow().callButton()).isEmpty();
    }

    @Test
    void writesThePinMapAndReadsItBack() throws Exception {
        DeviceProfile profile = DeviceProfiles.fromTree(withPins("gpio"));
        Path file = temp.resolve(DeviceProfiles.FILE_NAME);

        DeviceProfiles.write(file, profile);

        assertThat(DeviceProfiles.read(file)).isEqualTo(profile);
        assertThat(DeviceProfiles.toTree(profile).at("/peripherals/pins/callButton").intValue()).isEqualTo(23);
    }

    @Test
    void writesNoPinsForProviderNone() {
        assertThat(DeviceProfiles.toTree(new DeviceProfile(1, "a-device", new Site("1114055000", "명동"),
                java.util.List.of(Role.CHECKIN), java.util.List.of(Language.KO), java.net.URI.create("https://c.example/"),
                java.util.List.of(), Path.of("/var/lib/madang"), Peripherals.none(), Optional.empty()))
                .get("peripherals").has("pins")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpio", "mock"})
    void requiresPinsWhenTheProviderDrivesPins(String provider) {
        ObjectNode tree = valid();
        tree.putObject("peripherals").put("provider", provider);

        assertThat(problemsOf(tree)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("peripherals.pins");
            assertThat(problem.code()).isEqualTo(Code.MISSING);
            assertThat(problem.args().getFirst()).contains("ledGreen");
        });
    }

    @Test
    void refusesPinsForProviderNone() {
        ObjectNode tree = withPins("none");

        assertThat(problemsOf(tree)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("peripherals.pins");
            assertThat(problem.code()).isEqualTo(Code.PINS_NOT_ALLOWED);
            assertThat(problem.args()).containsExactly("none");
        });
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @CsvSource({
        "ledGreen,   -1,   PIN_OUT_OF_RANGE",
        "ledRed,     28,   PIN_OUT_OF_RANGE",
        "callButton, 40,   PIN_OUT_OF_RANGE",
        "buzzer,     17,   PIN_REUSED",
        "callButton, 22,   PIN_REUSED",
        "ledAmber,   '\"27\"', WRONG_TYPE",
        "ledAmber,   2.5,  WRONG_TYPE"
    })
    void rejectsBadPins(String field, String json, Code expected) throws Exception {
        ObjectNode tree = withPins("gpio");
        tree.withObject("/peripherals/pins").set(field, ProfileJson.MAPPER.readTree(json));

        assertThat(problemsOf(tree)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("peripherals.pins." + field);
            assertThat(problem.code()).isEqualTo(expected);
        });
    }

    @Test
    void namesTheLimitsOfAnOutOfRangePinAndTheOwnerOfAReusedOne() {
        ObjectNode tree = withPins("gpio");
        tree.withObject("/peripherals/pins").put("ledRed", 99).put("buzzer", 17);

        assertThat(problemsOf(tree)).extracting(ProfileProblem::field, ProfileProblem::code, ProfileProblem::args)
                .containsExactly(
                        tuple("peripherals.pins.ledRed", Code.PIN_OUT_OF_RANGE, java.util.List.of("0", "27")),
                        tuple("peripherals.pins.buzzer", Code.PIN_REUSED, java.util.List.of("peripherals.pins.ledGreen")));
    }

    @Test
    void rejectsAMissingRequiredPinAndAnUnknownOne() {
        ObjectNode tree = withPins("mock");
        ObjectNode pins = tree.withObject("/peripherals/pins");
        pins.remove("buzzer");
        pins.put("buzer", 5);

        assertThat(problemsOf(tree)).extracting(ProfileProblem::field, ProfileProblem::code).containsExactly(
                tuple("peripherals.pins.buzer", Code.UNKNOWN_FIELD_DID_YOU_MEAN),
                tuple("peripherals.pins.buzzer", Code.MISSING));
    }

    @Test
    void thePinMapItselfRefusesWhatTheValidatorReports() {
        assertThatThrownBy(() -> new PinMap(17, 17, 22, 18, OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pin 17");
        assertThatThrownBy(() -> new PinMap(17, 27, 22, 18, OptionalInt.of(28)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callButton");
        assertThatThrownBy(() -> new Peripherals(PeripheralProvider.GPIO, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a pin map");
    }
}
