package org.madang.kiosk.ui.sound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.madang.kiosk.hardware.BuzzerPattern;

class SineTonesTest {

    @Test
    void eachOutcomeSoundsDifferentAndShort() {
        byte[] success = SineTones.samples(BuzzerPattern.SUCCESS);
        byte[] duplicate = SineTones.samples(BuzzerPattern.DUPLICATE);
        byte[] failure = SineTones.samples(BuzzerPattern.FAILURE);
        // 16-bit mono at 44.1 kHz: bytes / 88.2 = milliseconds.
        assertThat(success.length / 88.2).isBetween(250.0, 400.0);
        assertThat(duplicate.length / 88.2).isBetween(300.0, 400.0);
        assertThat(failure.length / 88.2).isBetween(550.0, 700.0);
    }

    @Test
    void startsAndEndsSilentlySoTheSpeakerDoesNotClick() {
        byte[] failure = SineTones.samples(BuzzerPattern.FAILURE);
        assertThat(failure[0]).isZero();
        assertThat(failure[1]).isZero();
        assertThat(Math.abs(failure[failure.length - 1])).isLessThanOrEqualTo(1);
    }

    @Test
    void playingWithoutAnAudioDeviceNeitherThrowsNorBlocks() {
        SineTones tones = new SineTones();
        for (BuzzerPattern pattern : BuzzerPattern.values()) {
            tones.play(pattern);
        }
    }
}
