package org.madang.device.content;

/** How often one member may check in to an event and earn its points. */
public enum CheckinLimit {
    /** Once for the whole event. */
    ONCE_PER_EVENT("once-per-event"),
    /** Once per calendar day in Asia/Seoul (a festival over several days). */
    ONCE_PER_DAY("once-per-day");

    private final String contentName;

    CheckinLimit(String contentName) {
        this.contentName = contentName;
    }

    /** The name in the content bundle. */
    public String contentName() {
        return contentName;
    }
}
