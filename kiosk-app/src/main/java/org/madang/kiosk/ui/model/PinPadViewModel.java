package org.madang.kiosk.ui.model;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.pin.AdminPinHash;

/**
 * The staff PIN pad: collects digits (shown only as dots), checks them against the profile's hash
 * off the UI thread, and enforces the {@link PinLockout}.
 */
public final class PinPadViewModel {

    /** The longest PIN the pad takes (the policy's maximum). */
    public static final int MAX_DIGITS = 12;

    private final Optional<AdminPinHash> hash;
    private final PinLockout lockout;
    private final Background background;
    private final UiScheduler scheduler;
    private final Runnable onSuccess;
    private final char[] digits = new char[MAX_DIGITS];
    private int length;
    private final State<Integer> dots = new State<>(0);
    private final State<Optional<Message>> status = new State<>(Optional.empty());
    private final State<Boolean> busy = new State<>(false);
    private UiScheduler.Cancellable lockTick = () -> { };

    public PinPadViewModel(Optional<AdminPinHash> hash, PinLockout lockout, Background background,
            UiScheduler scheduler, Runnable onSuccess) {
        this.hash = Objects.requireNonNull(hash, "hash");
        this.lockout = Objects.requireNonNull(lockout, "lockout");
        this.background = Objects.requireNonNull(background, "background");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.onSuccess = Objects.requireNonNull(onSuccess, "onSuccess");
    }

    /** How many digits are entered (the view shows that many dots). */
    public State<Integer> dots() {
        return dots;
    }

    /** A line under the dots: wrong PIN, locked with the time left, no PIN set. */
    public State<Optional<Message>> status() {
        return status;
    }

    /** True while the PIN is being checked (the keys are disabled). */
    public State<Boolean> busy() {
        return busy;
    }

    /** Called when the pad is shown: says at once if it is locked or no PIN is set. */
    public void opened() {
        clear();
        if (hash.isEmpty()) {
            status.set(Optional.of(Message.of("pin.none-set")));
        } else {
            showLock();
        }
    }

    /** Adds one digit ('0' to '9'); ignored when full or locked. */
    public void press(char digit) {
        if (digit < '0' || digit > '9' || length == MAX_DIGITS || busy.get() || lockout.remaining().isPresent()) {
            return;
        }
        digits[length++] = digit;
        dots.set(length);
    }

    /** Removes the last digit. */
    public void backspace() {
        if (length > 0 && !busy.get()) {
            digits[--length] = 0;
            dots.set(length);
        }
    }

    /** Forgets every digit entered. */
    public void clear() {
        Arrays.fill(digits, (char) 0);
        length = 0;
        dots.set(0);
    }

    /** Checks the entered PIN. */
    public void submit() {
        if (busy.get() || length == 0 || hash.isEmpty() || lockout.remaining().isPresent()) {
            return;
        }
        char[] attempt = Arrays.copyOf(digits, length);
        clear();
        busy.set(true);
        AdminPinHash expected = hash.get();
        background.run(() -> {
            try {
                return expected.verify(attempt);
            } finally {
                Arrays.fill(attempt, (char) 0);
            }
        }, this::checked, failure -> {
            busy.set(false);
            status.set(Optional.of(Message.of("pin.wrong", lockout.attemptsLeft())));
        });
    }

    private void checked(boolean right) {
        busy.set(false);
        if (right) {
            lockout.recordSuccess();
            status.set(Optional.empty());
            onSuccess.run();
            return;
        }
        lockout.recordFailure();
        if (lockout.remaining().isEmpty()) {
            status.set(Optional.of(Message.of("pin.wrong", lockout.attemptsLeft())));
        }
        showLock();
    }

    private void showLock() {
        lockTick.cancel();
        Optional<Duration> left = lockout.remaining();
        if (left.isEmpty()) {
            if (status.get().filter(m -> m.key().equals("pin.locked")).isPresent()) {
                status.set(Optional.empty());
            }
            return;
        }
        long seconds = (left.get().toMillis() + 999) / 1000;
        status.set(Optional.of(Message.of("pin.locked", seconds)));
        lockTick = scheduler.schedule(Duration.ofSeconds(1), this::showLock);
    }

    /** Leaves the pad: nothing entered is kept. */
    public void closed() {
        lockTick.cancel();
        clear();
        if (!busy.get()) {
            status.set(Optional.empty());
        }
    }

    /** Whether the pad is locked now. */
    public boolean locked() {
        return lockout.remaining().isPresent();
    }
}
