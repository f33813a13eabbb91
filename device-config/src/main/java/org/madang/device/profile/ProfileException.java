package org.madang.device.profile;

import java.util.List;

/**
 * A device profile is not valid. Carries every problem found, not only the first, so staff fix
 * the file in one go: show them all ({@link #problems()}) and change nothing.
 */
public final class ProfileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ProfileProblem> problems;

    public ProfileException(List<ProfileProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ProfileException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order of the fields in the file. */
    public List<ProfileProblem> problems() {
        return problems;
    }

    private static String summary(List<ProfileProblem> problems) {
        StringBuilder text = new StringBuilder("device profile has ").append(problems.size()).append(" problem(s)");
        for (ProfileProblem problem : problems) {
            text.append("\n  ").append(problem);
        }
        return text.toString();
    }
}
