package org.madang.kiosk.setup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.madang.device.pin.PinRejection;

class AdminPinChoiceTest {

    private final AdminPinChoice choice = new AdminPinChoice();

    private AdminPinChoice.Outcome type(String digits) {
        digits.chars().forEach(c -> choice.digit((char) c));
        return choice.submit();
    }

    @Test
    void aGoodPinTypedTwiceIsChosen() {
        assertThat(type("246810")).isInstanceOf(AdminPinChoice.Outcome.ConfirmNext.class);
        assertThat(choice.stage()).isEqualTo(AdminPinChoice.Stage.CONFIRM);
        assertThat(choice.length()).isZero();
        AdminPinChoice.Outcome outcome = type("246810");
        assertThat(outcome).isInstanceOfSatisfying(AdminPinChoice.Outcome.Chosen.class,
                chosen -> assertThat(new String(chosen.pin())).isEqualTo("246810"));
        assertThat(choice.stage()).isEqualTo(AdminPinChoice.Stage.FIRST);
    }

    @Test
    void aShortARunOrARepeatedDigitIsRefusedWithTheReason() {
        assertThat(type("2468")).isEqualTo(new AdminPinChoice.Outcome.Rejected(PinRejection.LENGTH));
        assertThat(type("123456")).isEqualTo(new AdminPinChoice.Outcome.Rejected(PinRejection.SEQUENCE));
        assertThat(type("777777")).isEqualTo(new AdminPinChoice.Outcome.Rejected(PinRejection.ALL_SAME_DIGIT));
        assertThat(choice.stage()).isEqualTo(AdminPinChoice.Stage.FIRST);
    }

    @Test
    void aDifferentSecondEntryStartsOverAndEraseRemovesTheLastDigit() {
        type("246810");
        assertThat(type("246811")).isInstanceOf(AdminPinChoice.Outcome.Mismatch.class);
        assertThat(choice.stage()).isEqualTo(AdminPinChoice.Stage.FIRST);

        "2468100".chars().forEach(c -> choice.digit((char) c));
        choice.erase();
        assertThat(choice.length()).isEqualTo(6);
        assertThat(choice.submit()).isInstanceOf(AdminPinChoice.Outcome.ConfirmNext.class);
        assertThat(type("246810")).isInstanceOf(AdminPinChoice.Outcome.Chosen.class);
    }

    @Test
    void noMoreThanTwelveDigitsAreKept() {
        "1357913579135".chars().forEach(c -> choice.digit((char) c));
        assertThat(choice.length()).isEqualTo(12);
    }
}
