package org.madang.sync.agent.central;

/**
 * The central could not be used for a request. {@link CentralUnavailableException}: try again
 * later (network, timeout, 5xx, an unreadable answer); {@link CentralRefusedException}: the central
 * answered with a refusal that staff must act on.
 */
public abstract sealed class CentralException extends Exception
        permits CentralUnavailableException, CentralRefusedException {

    private static final long serialVersionUID = 1L;

    CentralException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A stable code for the state file and logs. */
    public abstract String code();
}
