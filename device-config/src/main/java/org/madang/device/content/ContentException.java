package org.madang.device.content;

import java.util.List;

/**
 * A content bundle was refused. Carries every problem found, so the central's operator fixes them
 * in one go; the device keeps the content it had. Show {@link #problems()} to staff.
 */
public final class ContentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ContentProblem> problems;

    public ContentException(List<ContentProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ContentException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order of the fields in the bundle. */
    public List<ContentProblem> problems() {
        return problems;
    }

    /** Whether the only problem is that the bundle is not newer than the installed one. */
    public boolean isRollback() {
        return problems.size() == 1 && problems.getFirst().code() == ContentProblem.Code.ROLLBACK;
    }

    private static String summary(List<ContentProblem> problems) {
        StringBuilder text = new StringBuilder("content bundle has ").append(problems.size()).append(" problem(s)");
        for (ContentProblem problem : problems) {
            text.append("\n  ").append(problem);
        }
        return text.toString();
    }
}
