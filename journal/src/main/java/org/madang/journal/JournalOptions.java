package org.madang.journal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Objects;
import org.madang.journal.clock.DeviceClock;
import org.madang.journal.signing.RecordSigner;

/**
 * How to open a journal for writing.
 *
 * @param file the SQLite file (created with its directory if absent)
 * @param signer the device key
 * @param clock the device's clock
 * @param random randomness for record ids and ballot-box shuffles
 * @param boxReleaseThreshold a ballot box releases its secrets once it holds this many (at least 2)
 * @param owner who is writing, named in the lock so a second writer can say who holds it
 */
public record JournalOptions(Path file, RecordSigner signer, DeviceClock clock, SecureRandom random,
        int boxReleaseThreshold, String owner) {

    /** The default release threshold K: a ballot hides among at least ten. */
    public static final int DEFAULT_BOX_RELEASE_THRESHOLD = 10;

    public JournalOptions {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(owner, "owner");
        if (boxReleaseThreshold < 2) {
            throw new IllegalArgumentException("boxReleaseThreshold is " + boxReleaseThreshold
                    + "; it must be at least 2 (default " + DEFAULT_BOX_RELEASE_THRESHOLD + ") or a ballot is not hidden");
        }
    }

    /** Options with the system clock, a strong random source and the default threshold. */
    public static JournalOptions defaults(Path file, RecordSigner signer, String owner) {
        return new JournalOptions(file, signer, org.madang.journal.clock.SystemDeviceClock.create(),
                new SecureRandom(), DEFAULT_BOX_RELEASE_THRESHOLD, owner);
    }

    /** The same options with another release threshold. */
    public JournalOptions withBoxReleaseThreshold(int threshold) {
        return new JournalOptions(file, signer, clock, random, threshold, owner);
    }

    /** The same options with another file. */
    public JournalOptions withFile(Path newFile) {
        return new JournalOptions(newFile, signer, clock, random, boxReleaseThreshold, owner);
    }

    /** The same options with another clock. */
    public JournalOptions withClock(DeviceClock newClock) {
        return new JournalOptions(file, signer, newClock, random, boxReleaseThreshold, owner);
    }
}
