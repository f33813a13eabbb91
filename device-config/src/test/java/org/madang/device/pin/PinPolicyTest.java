package org.madang.device.pin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PinPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"258014", "7391640", "739164028351", "112233", "135790"})
    void acceptsSixToTwelveDigitsThatAreNotARun(String pin) {
        assertThat(PinPolicy.check(pin.toCharArray())).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "'',             LENGTH",
        "12345,          LENGTH",
        "1234567890123,  LENGTH",
        "12a456,         NOT_DIGITS",
        "'12 456',       NOT_DIGITS",
        "١٢٣٤٥٦,         NOT_DIGITS",
        "000000,         ALL_SAME_DIGIT",
        "99999999,       ALL_SAME_DIGIT",
        "123456,         SEQUENCE",
        "654321,         SEQUENCE",
        "890123,         SEQUENCE",
        "3456789012,     SEQUENCE",
        "210987,         SEQUENCE"
    })
    void rejectsWeakPins(String pin, PinRejection expected) {
        assertThat(PinPolicy.check(pin.toCharArray())).contains(expected);
    }
}
