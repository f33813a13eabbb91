package org.madang.kiosk.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.madang.kiosk.ui.testing.Fixtures;
import org.madang.kiosk.ui.testing.ManualScheduler;
import org.madang.kiosk.ui.testing.SameThreadBackground;

class PinPadViewModelTest {

    private final ManualScheduler scheduler = new ManualScheduler(Fixtures.NOW);
    private final AtomicInteger opened = new AtomicInteger();
    private final PinPadViewModel pad = new PinPadViewModel(Optional.of(Fixtures.pinHash()),
            new PinLockout(scheduler.clock(), Duration.ofSeconds(30)), new SameThreadBackground(), scheduler,
            opened::incrementAndGet);

    @Test
    void theRightPinOpensStaffMode() {
        pad.opened();
        type(Fixtures.PIN);
        pad.submit();
        assertThat(opened).hasValue(1);
        assertThat(pad.dots().get()).isZero();
    }

    @Test
    void showsOnlyHowManyDigitsWereTyped() {
        type("123");
        assertThat(pad.dots().get()).isEqualTo(3);
        pad.backspace();
        assertThat(pad.dots().get()).isEqualTo(2);
    }

    @Test
    void aWrongPinSaysHowManyTriesAreLeft() {
        type("111111");
        pad.submit();
        assertThat(opened).hasValue(0);
        assertThat(pad.status().get()).contains(Message.of("pin.wrong", 4));
    }

    @Test
    void fiveWrongPinsLockThePadAndShowTheTimeLeft() {
        for (int i = 0; i < 5; i++) {
            type("111111");
            pad.submit();
        }
        assertThat(pad.locked()).isTrue();
        assertThat(pad.status().get()).contains(Message.of("pin.locked", 30L));
        scheduler.advance(Duration.ofSeconds(10));
        assertThat(pad.status().get()).contains(Message.of("pin.locked", 20L));
        type(Fixtures.PIN);
        pad.submit();
        assertThat(opened).hasValue(0);
    }

    @Test
    void theRightPinWorksAgainOnceTheLockoutIsOver() {
        for (int i = 0; i < 5; i++) {
            type("111111");
            pad.submit();
        }
        scheduler.advance(Duration.ofSeconds(30));
        assertThat(pad.status().get()).isEmpty();
        type(Fixtures.PIN);
        pad.submit();
        assertThat(opened).hasValue(1);
    }

    @Test
    void withoutAPinSetThePadSaysToUseAStaffCard() {
        PinPadViewModel none = new PinPadViewModel(Optional.empty(), new PinLockout(scheduler.clock(),
                Duration.ofSeconds(30)), new SameThreadBackground(), scheduler, opened::incrementAndGet);
        none.opened();
        assertThat(none.status().get()).contains(Message.of("pin.none-set"));
    }

    private void type(String digits) {
        for (char c : digits.toCharArray()) {
            pad.press(c);
        }
    }
}
