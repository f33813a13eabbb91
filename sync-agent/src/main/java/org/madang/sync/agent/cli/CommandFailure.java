package org.madang.sync.agent.cli;

import org.madang.device.cli.ExitStatus;
import java.util.List;
import org.madang.sync.agent.text.Text;

/** A subcommand cannot do what was asked: its exit status and what to tell staff. */
final class CommandFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final ExitStatus status;
    private final transient List<Text> lines;

    CommandFailure(ExitStatus status, List<Text> lines, Throwable cause) {
        super(lines.isEmpty() ? status.name() : lines.getFirst().key(), cause);
        this.status = status;
        this.lines = List.copyOf(lines);
    }

    CommandFailure(ExitStatus status, Text line, Throwable cause) {
        this(status, List.of(line), cause);
    }

    ExitStatus status() {
        return status;
    }

    List<Text> lines() {
        return lines;
    }
}
