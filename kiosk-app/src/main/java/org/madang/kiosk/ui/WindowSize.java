package org.madang.kiosk.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A window size from {@code --window WxH}, e.g. {@code 800x480} or {@code 480x800}.
 *
 * @param width pixels, 320 to 7680
 * @param height pixels, 320 to 7680
 */
public record WindowSize(int width, int height) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,5})[xX×](\\d{1,5})");

    public WindowSize {
        if (width < 320 || height < 320 || width > 7680 || height > 7680) {
            throw new IllegalArgumentException("--window must be between 320x320 and 7680x7680, got " + width + "x" + height);
        }
    }

    /** Parses {@code WxH}. */
    public static WindowSize parse(String text) {
        Matcher matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("--window must look like 800x480, got '" + text + "'");
        }
        return new WindowSize(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** Picocli's converter, so a bad value is a usage error naming the option. */
    static final class Converter implements ITypeConverter<WindowSize> {
        @Override
        public WindowSize convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
