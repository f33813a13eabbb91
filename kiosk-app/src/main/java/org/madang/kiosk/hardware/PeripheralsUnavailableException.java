package org.madang.kiosk.hardware;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The peripherals the profile asks for cannot be opened on this machine. The device must not
 * start: staff fix the profile or the wiring, guided by {@link #userMessage(Locale)}.
 */
public final class PeripheralsUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "org.madang.kiosk.hardware.messages";

    /** Why, each with a sentence in the bundle naming the profile key and the fix. */
    public enum Reason {
        /** {@code gpio} was asked for but the machine has no {@code /dev/gpiochip*}. */
        NO_GPIO_CHIP,
        /** The GPIO chip is there but Pi4J could not open the pins (permissions, pin busy). */
        GPIO_FAILED
    }

    private final Reason reason;
    private final transient List<Object> args;

    public PeripheralsUnavailableException(Reason reason, String technical, List<Object> args, Throwable cause) {
        super(technical, cause);
        this.reason = reason;
        this.args = List.copyOf(args);
    }

    public Reason reason() {
        return reason;
    }

    /** The bundle key of the sentence for staff. */
    public String messageKey() {
        return "peripherals." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The sentence for staff in {@code locale}. */
    public String userMessage(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(messageKey()), locale).format(args.toArray());
    }
}
