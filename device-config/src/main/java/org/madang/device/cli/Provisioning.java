package org.madang.device.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.content.Localized;
import org.madang.device.keys.CentralCaFile;
import org.madang.device.profile.Language;

/**
 * Sets a terminal up from an enrollment QR for a caller with a screen (the kiosk's set-up mode):
 * the same checks, files and messages as {@code device-config provision}, returned instead of
 * printed. Blocks for up to the timeout while it talks to the central: call it off the UI thread.
 */
public final class Provisioning {

    /** How a set-up ended. */
    public enum Outcome {
        /** Set up and enrolled with the central. */
        ENROLLED,
        /**
         * Set up; the central could not be reached (or its certificate was refused for its dates),
         * so the sync agent will enroll (the QR is kept).
         */
        QUEUED,
        /** Refused (a bad or expired QR, the central said no, records waiting): nothing was changed. */
        REFUSED,
        /** This machine could not do it (a full disk, permissions, a locked journal): nothing was changed. */
        FAILED
    }

    /**
     * What a set-up did.
     *
     * @param outcome how it ended
     * @param deviceId the device id written, when set up
     * @param lines what to tell staff, each line in Korean and English, the first the summary
     */
    public record Report(Outcome outcome, Optional<String> deviceId, List<Localized> lines) {

        /** Lines copied. */
        public Report {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(deviceId, "deviceId");
            lines = List.copyOf(lines);
        }

        /** Whether the terminal now has a profile (enrolled or queued). */
        public boolean setUp() {
            return outcome == Outcome.ENROLLED || outcome == Outcome.QUEUED;
        }
    }

    private Provisioning() {
    }

    /**
     * Provisions {@code dataDir} from the enrollment QR's text. No admin PIN is set: on a terminal
     * set up at its screen, staff open staff mode with a staff card from the central.
     *
     * @param timeout how long to wait for the central before queueing the enrollment
     */
    public static Report provision(Path dataDir, String qrText, Duration timeout, Clock clock, SecureRandom random) {
        return provision(dataDir, qrText, timeout, clock, random, Optional.empty());
    }

    private static Report provision(Path dataDir, String qrText, Duration timeout, Clock clock, SecureRandom random,
            Optional<Path> caToPin) {
        DataDirectory directory = DataDirectory.at(dataDir);
        try {
            Provisioner.Result result = Provisioner.run(directory, qrText.strip(), Optional.empty(), profile -> profile,
                    timeout, clock, random, caToPin);
            return new Report(result.enrolled().isPresent() ? Outcome.ENROLLED : Outcome.QUEUED,
                    Optional.of(result.profile().deviceId()), render(Provisioner.report(directory, result)));
        } catch (CommandFailure failure) {
            Outcome outcome = failure.status() == ExitStatus.ENVIRONMENT ? Outcome.FAILED : Outcome.REFUSED;
            return new Report(outcome, Optional.empty(), render(failure.lines()));
        }
    }

    /**
     * Provisions {@code dataDir} from an enrollment QR kept in a file (a USB stick): its text, or a
     * PNG/JPEG photo of the code, as {@code device-config provision --enrollment FILE} reads it.
     * A {@code central-ca.pem} beside it (a district whose central's certificate comes from its own
     * or a government CA) is checked, used for TLS to the central, and pinned once the terminal is
     * set up, as {@code device-config trust-ca} would; a bad one refuses the set-up.
     */
    public static Report provisionFromFile(Path dataDir, Path file, Duration timeout, Clock clock, SecureRandom random) {
        String text;
        try {
            text = EnrollmentInput.read(file.toString());
        } catch (CommandFailure failure) {
            return new Report(Outcome.REFUSED, Optional.empty(), render(failure.lines()));
        }
        Path beside = file.toAbsolutePath().resolveSibling(CentralCaFile.FILE);
        return provision(dataDir, text, timeout, clock, random,
                Files.isRegularFile(beside) ? Optional.of(beside) : Optional.empty());
    }

    private static List<Localized> render(List<Text> texts) {
        Messages korean = Messages.of(Language.KO);
        Messages english = Messages.of(Language.EN);
        // Indentation is for a terminal; a screen lays the lines out itself.
        return texts.stream().map(text -> new Localized(text.render(korean).strip(), text.render(english).strip())).toList();
    }
}
