package org.madang.device.cli;

import java.util.List;

/**
 * One selftest check's outcome.
 *
 * @param verdict pass, warn or fail
 * @param summary the one line shown after the verdict, in the chosen language
 * @param problems what went wrong, shown in both languages below the summary
 */
record CheckResult(Verdict verdict, Text summary, List<Text> problems) {

    CheckResult {
        problems = List.copyOf(problems);
    }

    static CheckResult of(Verdict verdict, Text summary) {
        return new CheckResult(verdict, summary, List.of());
    }

    static CheckResult failed(Text summary, CommandFailure failure) {
        return new CheckResult(Verdict.FAIL, summary, failure.lines().stream().map(Text::indented).toList());
    }
}
