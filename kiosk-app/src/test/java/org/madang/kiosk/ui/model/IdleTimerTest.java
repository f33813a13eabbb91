package org.madang.kiosk.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.madang.kiosk.ui.testing.Fixtures;
import org.madang.kiosk.ui.testing.ManualScheduler;

class IdleTimerTest {

    private final ManualScheduler scheduler = new ManualScheduler(Fixtures.NOW);
    private final AtomicInteger resets = new AtomicInteger();
    private final IdleTimer timer = new IdleTimer(scheduler.clock(), scheduler, resets::incrementAndGet);
    private final IdlePolicy policy = new IdlePolicy(Duration.ofSeconds(120), Duration.ofSeconds(30));

    @Test
    void showsNoCountdownBeforeTheIdleTimeHasPassed() {
        timer.watch(Optional.of(policy));
        scheduler.advance(Duration.ofSeconds(119));
        assertThat(timer.secondsLeft().get()).isEmpty();
    }

    @Test
    void countsDownFromTheFullCountdownOnceIdle() {
        timer.watch(Optional.of(policy));
        scheduler.advance(Duration.ofSeconds(120));
        assertThat(timer.secondsLeft().get()).contains(30);
        scheduler.advance(Duration.ofSeconds(10));
        assertThat(timer.secondsLeft().get()).contains(20);
        assertThat(resets).hasValue(0);
    }

    @Test
    void resetsWhenTheCountdownReachesZero() {
        timer.watch(Optional.of(policy));
        scheduler.advance(Duration.ofSeconds(150));
        assertThat(resets).hasValue(1);
        assertThat(timer.secondsLeft().get()).isEmpty();
    }

    @Test
    void aTouchDuringTheCountdownHidesItAndStartsTheIdleTimeAgain() {
        timer.watch(Optional.of(policy));
        scheduler.advance(Duration.ofSeconds(140));
        timer.activity();
        assertThat(timer.secondsLeft().get()).isEmpty();
        scheduler.advance(Duration.ofSeconds(119));
        assertThat(timer.secondsLeft().get()).isEmpty();
        assertThat(resets).hasValue(0);
    }

    @Test
    void neverResetsAScreenWithoutAPolicy() {
        timer.watch(Optional.empty());
        scheduler.advance(Duration.ofHours(5));
        assertThat(resets).hasValue(0);
        assertThat(scheduler.pending()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 19})
    void refusesACountdownTooShortToReact(int seconds) {
        assertThatThrownBy(() -> new IdlePolicy(Duration.ofSeconds(60), Duration.ofSeconds(seconds)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 20 s");
    }

    @Test
    void defaultsGiveChoosingScreensMoreTimeThanFeedbackScreens() {
        UiTimeouts defaults = UiTimeouts.DEFAULTS;
        assertThat(defaults.choosing().idle()).isEqualTo(Duration.ofSeconds(120));
        assertThat(defaults.choosing().countdown()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.feedback().idle()).isLessThan(defaults.choosing().idle());
        assertThat(defaults.policyFor(Screen.ATTRACT)).isEmpty();
        assertThat(defaults.policyFor(Screen.STAFF)).contains(defaults.choosing());
        assertThat(defaults.policyFor(Screen.CHECKIN)).contains(defaults.feedback());
    }
}
