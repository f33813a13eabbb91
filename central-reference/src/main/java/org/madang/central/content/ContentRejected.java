package org.madang.central.content;

import java.util.List;
import org.madang.device.content.ContentProblem;

/**
 * A content payload failed the devices' own validation; nothing was published. Show every
 * problem to the operator ({@link #problems()}).
 */
public final class ContentRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ContentProblem> problems;

    public ContentRejected(List<ContentProblem> problems, Throwable cause) {
        super("content refused: " + problems, cause);
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in field order. */
    public List<ContentProblem> problems() {
        return problems;
    }
}
