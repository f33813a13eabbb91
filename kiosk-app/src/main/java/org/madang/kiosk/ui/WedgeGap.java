package org.madang.kiosk.ui;

import java.time.Duration;
import org.madang.kiosk.scan.wedge.WedgeTiming;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --wedge-gap MS}: the longest pause between two characters of a keyboard-wedge scan. The
 * default (35 ms) suits scanners as they come; one configured with an intercharacter delay (their
 * manuals offer 0–990 ms) needs a gap above that delay, or its scans arrive as typing.
 */
final class WedgeGap implements ITypeConverter<WedgeTiming> {

    @Override
    public WedgeTiming convert(String value) {
        try {
            return WedgeTiming.defaults().withMaxGap(Duration.ofMillis(Long.parseLong(value.strip())));
        } catch (IllegalArgumentException e) {
            // NumberFormatException is one too. Staff read this at the console: both languages.
            throw new TypeConversionException("--wedge-gap 값은 1부터 1000 사이의 밀리초여야 합니다(받은 값: '" + value
                    + "'). / --wedge-gap must be a number of milliseconds from 1 to 1000, got '" + value + "'.");
        }
    }
}
