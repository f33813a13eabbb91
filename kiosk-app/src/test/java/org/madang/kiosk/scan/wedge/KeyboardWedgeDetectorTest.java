package org.madang.kiosk.scan.wedge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyboardWedgeDetectorTest {

    private static final long MS = 1_000_000L;

    /**
     * Plays keystrokes into a detector the way the JavaFX filter does, including the expiry timer,
     * and records what a focused text field would receive and which scans were reported.
     */
    private static final class Keyboard {
        final KeyboardWedgeDetector detector;
        final StringBuilder field = new StringBuilder();
        final List<String> scans = new ArrayList<>();
        final List<Boolean> truncated = new ArrayList<>();
        long now;

        Keyboard(WedgeTiming timing) {
            detector = new KeyboardWedgeDetector(timing);
        }

        Keyboard() {
            this(WedgeTiming.defaults());
        }

        /** Waits {@code gapMs}, firing the expiry timer if it is due, then types {@code c}. */
        Keyboard type(char c, long gapMs) {
            advance(gapMs);
            KeyDecision d = c == '\n' ? detector.onEnter(now) : detector.onCharacter(c, now);
            field.append(d.released());
            switch (d) {
                case KeyDecision.Pass p -> field.append(c == '\n' ? "⏎" : String.valueOf(c));
                case KeyDecision.Scan s -> {
                    scans.add(s.payload());
                    truncated.add(s.truncated());
                }
                case KeyDecision.Hold h -> { }
            }
            return this;
        }

        Keyboard type(String text, long gapMs) {
            for (char c : text.toCharArray()) {
                type(c, gapMs);
            }
            return this;
        }

        Keyboard scanner(String payload, long gapMs) {
            return type(payload, gapMs).type('\n', gapMs);
        }

        Keyboard advance(long ms) {
            long target = now + ms * MS;
            if (detector.holding() && detector.deadlineNanos() <= target) {
                field.append(detector.expire(detector.deadlineNanos()));
            }
            now = target;
            return this;
        }

        Keyboard idle() {
            return advance(1_000);
        }
    }

    @Test
    void aScannerBurstEndingWithEnterIsOneScanAndNothingReachesTheField() {
        var kb = new Keyboard().advance(500).scanner("MDG1.eyJzdWIiOiJtMSJ9.sig", 8).idle();

        assertThat(kb.scans).containsExactly("MDG1.eyJzdWIiOiJtMSJ9.sig");
        assertThat(kb.field).isEmpty();
    }

    @Test
    void aPersonTypingReachesTheFieldInOrderAndIsNeverAScan() {
        var kb = new Keyboard().type("홍길동 1950", 180).type('\n', 200).idle();

        assertThat(kb.scans).isEmpty();
        assertThat(kb.field.toString()).isEqualTo("홍길동 1950⏎");
    }

    @Test
    void aPersonsFastKeyPairIsReleasedWhenTheGapExpires() {
        var kb = new Keyboard().type("ab", 10).advance(20);
        assertThat(kb.field).as("still within the gap: held").isEmpty();

        kb.advance(20);
        assertThat(kb.field.toString()).isEqualTo("ab");
    }

    @Test
    void aBurstWhileATextFieldHoldsTextLeavesTheTextAndAddsNothing() {
        var kb = new Keyboard().type("010-1234", 150).advance(400).scanner("MEMBER-TOKEN-0042", 7).idle();

        assertThat(kb.field.toString()).isEqualTo("010-1234");
        assertThat(kb.scans).containsExactly("MEMBER-TOKEN-0042");
    }

    @Test
    void typingScanningAndTypingAgainKeepsEachApart() {
        var kb = new Keyboard()
                .type("abc", 120).advance(300)
                .scanner("TOKEN-ONE-1", 5).advance(200)
                .type("de", 140).type('\n', 150)
                .advance(800).scanner("TOKEN-TWO-2", 9).idle();

        assertThat(kb.field.toString()).isEqualTo("abcde⏎");
        assertThat(kb.scans).containsExactly("TOKEN-ONE-1", "TOKEN-TWO-2");
    }

    @Test
    void aSlowScannerWithinTheGapIsStillAScanner() {
        var kb = new Keyboard().advance(100).scanner("SLOW-SCANNER-16MS", 16).idle();

        assertThat(kb.scans).containsExactly("SLOW-SCANNER-16MS");
        assertThat(kb.field).isEmpty();
    }

    @Test
    void aScannerSlowerThanTheGapNeedsALargerGapConfigured() {
        var tooSlow = new Keyboard().advance(100).scanner("DELAYED-50MS", 50).idle();
        var configured = new Keyboard(new WedgeTiming(Duration.ofMillis(70), 6, 4096))
                .advance(100).scanner("DELAYED-50MS", 50).idle();

        assertThat(tooSlow.scans).isEmpty();
        assertThat(tooSlow.field.toString()).isEqualTo("DELAYED-50MS⏎");
        assertThat(configured.scans).containsExactly("DELAYED-50MS");
    }

    @Test
    void enterAloneIsDeliveredAsEnter() {
        var kb = new Keyboard().type('\n', 100).idle();

        assertThat(kb.scans).isEmpty();
        assertThat(kb.field.toString()).isEqualTo("⏎");
    }

    @Test
    void aFastShortBurstBelowTheMinimumLengthIsTypingAndIsReleasedBeforeEnter() {
        var kb = new Keyboard().scanner("ok", 5).idle();

        assertThat(kb.scans).isEmpty();
        assertThat(kb.field.toString()).isEqualTo("ok⏎");
    }

    @Test
    void aPayloadLongerThanTheCapIsCutAtTheCapMarkedTruncatedAndNothingLeaks() {
        String huge = "x".repeat(5_000);
        var kb = new Keyboard().scanner(huge, 2).idle();

        assertThat(kb.scans).singleElement().asString().hasSize(4096);
        assertThat(kb.truncated).containsExactly(true);
        assertThat(kb.field).isEmpty();
    }

    @Test
    void aPayloadOfExactlyTheCapIsWholeAndNotTruncated() {
        String max = "y".repeat(4096);
        var kb = new Keyboard().scanner(max, 2).idle();

        assertThat(kb.scans).containsExactly(max);
        assertThat(kb.truncated).containsExactly(false);
    }

    @Test
    void aBurstThatStopsWithoutEnterIsReleasedAsTyping() {
        var kb = new Keyboard().type("NO-ENTER-PAYLOAD", 5).idle();

        assertThat(kb.scans).isEmpty();
        assertThat(kb.field.toString()).isEqualTo("NO-ENTER-PAYLOAD");
    }

    @Test
    void anOverlongBurstThatStopsWithoutEnterIsSwallowedNotDumpedIntoTheField() {
        var kb = new Keyboard().type("z".repeat(4_200), 2).idle();

        assertThat(kb.field).isEmpty();
        assertThat(kb.scans).isEmpty();
    }

    @Test
    void aNonTextKeyReleasesWhatIsHeldSoItLandsBeforeTheKeysEffect() {
        var detector = new KeyboardWedgeDetector(WedgeTiming.defaults());
        detector.onCharacter('a', 0);

        assertThat(detector.interrupt()).isEqualTo("a");
        assertThat(detector.holding()).isFalse();
    }

    @Test
    void theDeadlineIsOneGapAfterTheLastKeystroke() {
        var detector = new KeyboardWedgeDetector(WedgeTiming.defaults());
        detector.onCharacter('a', 1_000 * MS);

        assertThat(detector.deadlineNanos()).isEqualTo(1_035 * MS + 1);
        assertThat(detector.expire(1_035 * MS)).isEmpty();
        assertThat(detector.expire(1_035 * MS + 1)).isEqualTo("a");
    }

    @ParameterizedTest(name = "maxGap={0} ms, minLength={1}, maxLength={2}")
    @CsvSource({"0, 6, 4096", "-5, 6, 4096", "1001, 6, 4096", "35, 1, 4096", "35, 6, 5"})
    void impossibleTimingIsRefusedWithTheKeyName(long gapMs, int minLength, int maxLength) {
        assertThatThrownBy(() -> new WedgeTiming(Duration.ofMillis(gapMs), minLength, maxLength))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scan.wedge.");
    }
}
