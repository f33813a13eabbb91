package org.madang.sync.agent.device;

import java.util.Objects;
import org.madang.sync.agent.text.Text;

/**
 * The device's files do not let the agent start (a missing or invalid profile, key, journal or
 * state, another agent running). Nothing was changed; staff read {@link #text()}, fix the cause,
 * and start the agent again.
 */
public final class AgentSetupException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Text text;

    /** A failure worded for staff, with its technical cause. */
    public AgentSetupException(Text text, Throwable cause) {
        super(Objects.requireNonNull(text, "text").english(), cause);
        this.text = text;
    }

    /** What to tell staff. */
    public Text text() {
        return text;
    }
}
