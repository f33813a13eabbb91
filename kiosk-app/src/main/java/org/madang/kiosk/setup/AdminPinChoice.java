package org.madang.kiosk.setup;

import java.util.Arrays;
import java.util.Optional;
import org.madang.device.pin.PinPolicy;
import org.madang.device.pin.PinRejection;

/**
 * Choosing the terminal's admin PIN at the set-up screen: typed once, checked against
 * {@link PinPolicy}, typed again to confirm. The digits live in a char array that is wiped when
 * the choice ends, is restarted, or a new one begins; they are never a String.
 */
public final class AdminPinChoice {

    /** Where the choice is. */
    public enum Stage {
        /** Typing the PIN. */
        FIRST,
        /** Typing it again. */
        CONFIRM
    }

    /** What "확인" did. */
    public sealed interface Outcome {
        /** The first entry is acceptable: now type it again. */
        record ConfirmNext() implements Outcome {
        }

        /** The first entry breaks the policy: start again. */
        record Rejected(PinRejection reason) implements Outcome {
        }

        /** The second entry differs from the first: start again. */
        record Mismatch() implements Outcome {
        }

        /** Chosen: the caller hashes the digits and wipes them. */
        record Chosen(char[] pin) implements Outcome {
        }
    }

    private char[] first = new char[0];
    private char[] typing = new char[PinPolicy.MAX_LENGTH];
    private int length;
    private Stage stage = Stage.FIRST;

    /** Where the choice is. */
    public Stage stage() {
        return stage;
    }

    /** How many digits are typed in the current entry (for the dots). */
    public int length() {
        return length;
    }

    /** One digit; ignored past {@link PinPolicy#MAX_LENGTH}. */
    public void digit(char digit) {
        if (digit >= '0' && digit <= '9' && length < typing.length) {
            typing[length++] = digit;
        }
    }

    /** Removes the last digit. */
    public void erase() {
        if (length > 0) {
            typing[--length] = '\0';
        }
    }

    /** "확인". */
    public Outcome submit() {
        char[] entry = Arrays.copyOf(typing, length);
        clearTyping();
        if (stage == Stage.FIRST) {
            Optional<PinRejection> rejection = PinPolicy.check(entry);
            if (rejection.isPresent()) {
                Arrays.fill(entry, '\0');
                return new Outcome.Rejected(rejection.get());
            }
            first = entry;
            stage = Stage.CONFIRM;
            return new Outcome.ConfirmNext();
        }
        boolean same = Arrays.equals(first, entry);
        Arrays.fill(entry, '\0');
        if (!same) {
            restart();
            return new Outcome.Mismatch();
        }
        char[] chosen = first;
        first = new char[0];
        stage = Stage.FIRST;
        return new Outcome.Chosen(chosen);
    }

    /** Forgets everything typed (cancel, or a mismatch). */
    public void restart() {
        Arrays.fill(first, '\0');
        first = new char[0];
        clearTyping();
        stage = Stage.FIRST;
    }

    private void clearTyping() {
        Arrays.fill(typing, '\0');
        length = 0;
    }
}
