package org.madang.device.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.madang.device.profile.ProfileProblem;

/**
 * Words a {@link ProfileProblem}: bundle key {@code problem.<CODE>} with arguments {0} the field,
 * {1} the value, {2}… the rule's own arguments.
 */
final class ProblemText {

    private ProblemText() {
    }

    /** The problem as a line, naming the command-line option too when the value came from one. */
    static Text of(ProfileProblem problem, Map<String, String> optionsByField) {
        // roles[2] came from --roles too.
        String option = optionsByField.getOrDefault(problem.field(),
                optionsByField.get(problem.field().replaceFirst("\\[\\d+]$", "")));
        String field = option == null ? problem.field() : problem.field() + " (" + option + ")";
        List<Object> args = new ArrayList<>();
        args.add(field);
        args.add(problem.value());
        args.addAll(problem.args());
        return new Text(1, "problem." + problem.code().name(), args);
    }

    static List<Text> all(List<ProfileProblem> problems, Map<String, String> optionsByField) {
        return problems.stream().map(problem -> of(problem, optionsByField)).toList();
    }
}
