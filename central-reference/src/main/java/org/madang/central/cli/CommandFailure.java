package org.madang.central.cli;

import org.madang.device.cli.ExitStatus;
import java.util.List;
import java.util.Objects;

/** A subcommand cannot do what was asked: the exit status and what to tell the operator. */
final class CommandFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final ExitStatus status;
    private final transient List<Text> lines;

    CommandFailure(ExitStatus status, List<Text> lines, Throwable cause) {
        super(lines.isEmpty() ? status.name() : lines.getFirst().key(), cause);
        this.status = Objects.requireNonNull(status, "status");
        this.lines = List.copyOf(lines);
    }

    CommandFailure(ExitStatus status, Text line) {
        this(status, List.of(line), null);
    }

    ExitStatus status() {
        return status;
    }

    List<Text> lines() {
        return lines;
    }
}
