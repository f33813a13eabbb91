package org.madang.kiosk.ui;

import java.time.Duration;
import org.madang.device.profile.Language;
import org.madang.kiosk.scan.wedge.WedgeTiming;
import org.madang.kiosk.ui.text.Texts;
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
            Texts texts = new Texts();
            String limit = String.valueOf(WedgeTiming.MAX_GAP_LIMIT.toMillis());
            throw new TypeConversionException(texts.get(Language.KO, "error.wedge-gap", value, limit) + " / "
                    + texts.get(Language.EN, "error.wedge-gap", value, limit));
        }
    }
}
