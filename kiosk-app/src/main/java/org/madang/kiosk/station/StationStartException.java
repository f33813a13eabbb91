package org.madang.kiosk.station;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The station cannot start: print {@link #userMessage(Locale)} (Korean, then English) and exit
 * with {@link #exitCode()}. Nothing was recorded. The message names what to fix.
 */
public final class StationStartException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "org.madang.kiosk.station.messages";

    /** Exit status when the input or configuration is invalid. */
    public static final int INVALID = 1;
    /** Exit status when the environment is wrong (missing files, permissions, a locked journal). */
    public static final int ENVIRONMENT = 3;

    private final int exitCode;
    private final transient Function<Locale, String> text;

    private StationStartException(int exitCode, String technical, Function<Locale, String> text, Throwable cause) {
        super(technical, cause);
        this.exitCode = exitCode;
        this.text = text;
    }

    /** A failure worded by the station's bundle under {@code key}. */
    public static StationStartException of(int exitCode, String key, List<Object> args, Throwable cause) {
        String technical = key + " " + args + (cause == null ? "" : ": " + cause.getMessage());
        return new StationStartException(exitCode, technical, locale -> format(locale, key, args), cause);
    }

    /** A failure worded by another part's own bilingual text. */
    public static StationStartException worded(int exitCode, Function<Locale, String> text, Throwable cause) {
        return new StationStartException(exitCode, cause == null ? "" : cause.getMessage(), text, cause);
    }

    /** The sentence for staff in {@code locale}. */
    public String userMessage(Locale locale) {
        return text.apply(locale);
    }

    public int exitCode() {
        return exitCode;
    }

    static String format(Locale locale, String key, List<Object> args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args.toArray());
    }
}
