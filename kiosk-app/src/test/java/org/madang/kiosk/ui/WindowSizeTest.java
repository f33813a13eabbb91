package org.madang.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WindowSizeTest {

    @ParameterizedTest
    @CsvSource({"800x480, 800, 480", "480X800, 480, 800", "' 1920x1080 ', 1920, 1080"})
    void readsWidthByHeight(String text, int width, int height) {
        assertThat(WindowSize.parse(text)).isEqualTo(new WindowSize(width, height));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "800", "800x", "x480", "800*480", "-800x480", "800x480x2", "big"})
    void refusesWhatIsNotWidthByHeight(String text) {
        assertThatThrownBy(() -> WindowSize.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--window must look like 800x480");
    }

    @ParameterizedTest
    @ValueSource(strings = {"100x480", "800x100", "99999x480"})
    void refusesSizesNoPanelHas(String text) {
        assertThatThrownBy(() -> WindowSize.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 320x320 and 7680x7680");
    }

    @Test
    void picocliReportsABadValueAsAUsageError() {
        assertThatThrownBy(() -> new WindowSize.Converter().convert("huge"))
                .isInstanceOf(picocli.CommandLine.TypeConversionException.class);
    }
}
