package org.madang.kiosk.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.madang.kiosk.ui.testing.Fixtures;
import org.madang.kiosk.ui.testing.ManualScheduler;

class PinLockoutTest {

    private final ManualScheduler time = new ManualScheduler(Fixtures.NOW);
    private final PinLockout lockout = new PinLockout(time.clock(), Duration.ofSeconds(30));

    @Test
    void allowsFourWrongPinsWithoutLocking() {
        for (int i = 0; i < 4; i++) {
            lockout.recordFailure();
        }
        assertThat(lockout.remaining()).isEmpty();
        assertThat(lockout.attemptsLeft()).isEqualTo(1);
    }

    @Test
    void locksForTheFirstLockoutAfterFiveWrongPins() {
        fail(5);
        assertThat(lockout.remaining()).contains(Duration.ofSeconds(30));
        time.advance(Duration.ofSeconds(30));
        assertThat(lockout.remaining()).isEmpty();
    }

    @Test
    void doublesTheLockoutForEachWrongPinAfterALockout() {
        fail(5);
        time.advance(Duration.ofSeconds(30));
        fail(1);
        assertThat(lockout.remaining()).contains(Duration.ofSeconds(60));
        time.advance(Duration.ofSeconds(60));
        fail(1);
        assertThat(lockout.remaining()).contains(Duration.ofSeconds(120));
    }

    @Test
    void neverLocksLongerThanTheMaximum() {
        for (int i = 0; i < 30; i++) {
            fail(5);
            time.advance(PinLockout.MAX_LOCKOUT);
        }
        fail(1);
        assertThat(lockout.remaining()).contains(PinLockout.MAX_LOCKOUT);
    }

    @Test
    void aRightPinForgivesEverything() {
        fail(5);
        time.advance(Duration.ofSeconds(30));
        lockout.recordSuccess();
        fail(4);
        assertThat(lockout.remaining()).isEmpty();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            lockout.recordFailure();
        }
    }
}
