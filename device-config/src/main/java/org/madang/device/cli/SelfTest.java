package org.madang.device.cli;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.madang.device.keys.DeviceKeyException;
import org.madang.device.profile.DeviceProfile;
import org.madang.journal.JournalException;
import org.madang.journal.clock.WallClockTrust;
import org.madang.journal.diagnostics.LatencySummary;
import org.madang.journal.diagnostics.StorageProbe;
import org.madang.journal.sqlite.SqliteJournalReader;

/** The checks behind {@code device-config selftest}, each independent of the others' outcome. */
final class SelfTest {

    static final long FAIL_BELOW_BYTES = StorageProbe.FAIL_BELOW_BYTES;
    static final long WARN_BELOW_BYTES = StorageProbe.WARN_BELOW_BYTES;
    static final Duration SLOW_APPEND_P99 = StorageProbe.SLOW_APPEND_P99;

    private final DataDirectory directory;

    SelfTest(DataDirectory directory) {
        this.directory = directory;
    }

    CheckResult profile() {
        try {
            DeviceProfile profile = directory.readProfile();
            return CheckResult.of(Verdict.PASS, Text.of("selftest.profile.ok", profile.deviceId(), directory.profileFile()));
        } catch (CommandFailure e) {
            return CheckResult.failed(Text.of("selftest.profile.fail", directory.profileFile()), e);
        }
    }

    CheckResult key() {
        try {
            String mode = directory.keys().checkPrivateKeyPermissions();
            String keyId = directory.keys().load().keyId();
            return CheckResult.of(Verdict.PASS, Text.of("selftest.key.ok", mode, keyId));
        } catch (DeviceKeyException e) {
            return CheckResult.failed(Text.of("selftest.key.fail", directory.keys().privateKeyFile()), Failures.key(e));
        }
    }

    CheckResult journal() {
        try (SqliteJournalReader reader = SqliteJournalReader.open(directory.journalFile())) {
            return CheckResult.of(Verdict.PASS, Text.of("selftest.journal.ok", reader.info().journalId(),
                    String.valueOf(reader.lastSeq())));
        } catch (JournalException e) {
            return CheckResult.failed(Text.of("selftest.journal.fail", directory.journalFile()), Failures.journal(e));
        }
    }

    CheckResult freeSpace() {
        try {
            long free = StorageProbe.usableBytes(directory.root());
            return CheckResult.of(freeSpaceVerdict(free), Text.of("selftest.space", mebibytes(free),
                    mebibytes(FAIL_BELOW_BYTES), mebibytes(WARN_BELOW_BYTES)));
        } catch (IOException e) {
            return CheckResult.failed(Text.of("selftest.space.fail", directory.root()), Failures.io(directory.root(), e));
        }
    }

    static Verdict freeSpaceVerdict(long freeBytes) {
        if (freeBytes < FAIL_BELOW_BYTES) {
            return Verdict.FAIL;
        }
        return freeBytes < WARN_BELOW_BYTES ? Verdict.WARN : Verdict.PASS;
    }

    CheckResult commitLatency(int samples) {
        try {
            LatencySummary raw = StorageProbe.rawFsync(directory.root(), samples);
            LatencySummary append = StorageProbe.journalAppends(directory.root(), samples);
            Verdict verdict = latencyVerdict(append.p99());
            String key = verdict == Verdict.PASS ? "selftest.latency" : "selftest.latency.slow";
            return CheckResult.of(verdict, Text.of(key, samples, micros(raw.p50Micros()), micros(raw.p99Micros()),
                    micros(append.p50Micros()), micros(append.p99Micros()), ratio(append, raw),
                    SLOW_APPEND_P99.toMillis()));
        } catch (IOException e) {
            return CheckResult.failed(Text.of("selftest.latency.fail", directory.root()), Failures.io(directory.root(), e));
        } catch (JournalException e) {
            return CheckResult.failed(Text.of("selftest.latency.fail", directory.root()), Failures.journal(e));
        }
    }

    static Verdict latencyVerdict(Duration appendP99) {
        return appendP99.compareTo(SLOW_APPEND_P99) > 0 ? Verdict.WARN : Verdict.PASS;
    }

    static CheckResult clock(WallClockTrust trust, Clock clock) {
        String now = clock.instant().toString();
        return trust.trusts(clock.instant())
                ? CheckResult.of(Verdict.PASS, Text.of("selftest.clock.trusted", now))
                : CheckResult.of(Verdict.WARN, Text.of("selftest.clock.untrusted", now));
    }

    static String micros(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** append p50 / raw p50, the figure the journal's design is judged by. */
    static String ratio(LatencySummary append, LatencySummary raw) {
        return String.format(Locale.ROOT, "%.2f", append.p50Micros() / Math.max(0.001, raw.p50Micros()));
    }

    private static String mebibytes(long bytes) {
        return String.valueOf(bytes / (1024 * 1024));
    }
}
