package org.madang.sync.agent.text;

import org.madang.sync.agent.central.CentralException;
import org.madang.sync.agent.central.CentralRefusedException;
import org.madang.sync.agent.central.CentralUnavailableException;

/** What staff should read for a failure of the central: its cause and what to do. */
public final class StaffTexts {

    private StaffTexts() {
    }

    /**
     * The line for a failure: {@code problem.<CODE>} for the central's problem codes,
     * {@code unavailable.<KIND>} when it could not be reached; the detail is the last argument.
     */
    public static Text of(CentralException failure) {
        return switch (failure) {
            case CentralRefusedException refused -> refused.problemCode()
                    .map(code -> Text.of("problem." + code.name(), refused.detail()))
                    .orElseGet(() -> Text.of("problem.other", refused.status(), refused.detail()));
            case CentralUnavailableException unavailable ->
                Text.of("unavailable." + unavailable.kind().name(), String.valueOf(unavailable.getMessage()));
        };
    }
}
