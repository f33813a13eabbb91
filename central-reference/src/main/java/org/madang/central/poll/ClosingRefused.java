package org.madang.central.poll;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A closing-sheet QR text the central will not store, with the reason in Korean and English
 * ({@code closing*.properties}): staff read it at the admin screen or the command line.
 */
public final class ClosingRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "org.madang.central.poll.closing";

    /** Why. */
    public enum Reason {
        /** Not {@code MADANG-CLOSE2:} followed by base64url of deflated JSON (nor {@code MADANG-CLOSE1:} and base64url). */
        NOT_A_CLOSING_QR,
        /** The decoded text is not a record's upload JSON. */
        MALFORMED_RECORD,
        /** A record of another kind than {@code vote.close}. */
        NOT_A_CLOSING_RECORD,
        /** No enrolled device has the record's key. */
        UNKNOWN_DEVICE,
        /** The record's hash does not match its content: altered after signing. */
        HASH_MISMATCH,
        /** The signature does not verify with the device's registered key. */
        BAD_SIGNATURE,
        /** The signed body is not a closing sheet the contract describes. */
        MALFORMED_BODY,
        /** The central holds another closing record of this device and poll, or this id with other content. */
        CONFLICT
    }

    private final Reason reason;
    private final transient List<Object> args;

    public ClosingRefused(Reason reason, Object... args) {
        super(render(reason, List.of(args), Locale.ROOT));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    /** The bundle holding the reasons ({@code closing.refused.<REASON>}). */
    public static String bundle() {
        return BUNDLE;
    }

    /** The message key of the reason. */
    public String key() {
        return "closing.refused." + reason.name();
    }

    /** The arguments of the message. */
    public List<Object> args() {
        return args;
    }

    /** The reason in Korean ({@link Locale#KOREAN}) or English ({@link Locale#ROOT}). */
    public String message(Locale locale) {
        return render(reason, args, locale);
    }

    private static String render(Reason reason, List<Object> args, Locale locale) {
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(words.getString("closing.refused." + reason.name()), locale).format(args.toArray());
    }
}
