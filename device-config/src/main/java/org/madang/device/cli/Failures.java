package org.madang.device.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.madang.device.keys.DeviceKeyException;
import org.madang.device.profile.ProfileException;
import org.madang.journal.JournalException;
import org.madang.sync.api.tls.PinnedCaException;

/** Turns the exceptions of the layers below into {@link CommandFailure}s with bundle texts and exit codes. */
final class Failures {

    private Failures() {
    }

    /** An invalid profile file: every problem, exit 1. */
    static CommandFailure profile(Path file, ProfileException e) {
        return profile(Text.of("error.profile.invalid", file, e.problems().size()), e, Map.of());
    }

    /** Invalid profile values from anywhere (e.g. init's options), under a header of the caller's. */
    static CommandFailure profile(Text header, ProfileException e, Map<String, String> optionsByField) {
        List<Text> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(ProblemText.all(e.problems(), optionsByField));
        return new CommandFailure(ExitStatus.CHECK_FAILED, lines, null);
    }

    static CommandFailure key(DeviceKeyException e) {
        ExitStatus status = e.problem() == DeviceKeyException.Problem.ALREADY_EXISTS
                ? ExitStatus.CHECK_FAILED
                : ExitStatus.ENVIRONMENT;
        Text line = Text.of("error.key." + e.problem().name(), e.file(), e.mode());
        // The file and mode already say everything for these; the cause would only repeat them.
        boolean selfExplaining = e.problem() == DeviceKeyException.Problem.PERMISSIONS_TOO_OPEN
                || e.problem() == DeviceKeyException.Problem.ALREADY_EXISTS;
        return new CommandFailure(status, List.of(line), selfExplaining ? null : e);
    }

    /** A pinned-CA file that cannot be used: what is wrong with which file, and the fix; exit 1. */
    static CommandFailure ca(PinnedCaException e) {
        return new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.ca." + e.code().name(), e.file(), e.detail()));
    }

    static CommandFailure journal(JournalException e) {
        Path file = e.file() == null ? Path.of("?") : e.file();
        return new CommandFailure(ExitStatus.ENVIRONMENT, List.of(Text.of("error.journal." + e.failure().name(), file)), e);
    }

    static CommandFailure io(Path file, IOException e) {
        Path named = e instanceof FileSystemException fs && fs.getFile() != null ? Path.of(fs.getFile()) : file;
        String key = switch (e) {
            case NoSuchFileException missing -> "error.file.missing";
            case AccessDeniedException denied -> "error.file.denied";
            default -> String.valueOf(e.getMessage()).contains("No space left") ? "error.file.full" : "error.file.io";
        };
        return new CommandFailure(ExitStatus.ENVIRONMENT, List.of(Text.of(key, named)), e);
    }
}
