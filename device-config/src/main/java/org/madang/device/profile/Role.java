package org.madang.device.profile;

/** What a device is set up to do; a device may serve several roles at one site. */
public enum Role implements ProfileName {
    /** Event check-in (points, attendance). */
    CHECKIN("checkin"),
    /** Secret ballots with a poll book. */
    VOTE("vote"),
    /** Surveys, anonymous or not. */
    SURVEY("survey");

    private final String jsonName;

    Role(String jsonName) {
        this.jsonName = jsonName;
    }


    /** The name used in the profile file and on the command line. */
    @Override
    public String profileName() {
        return jsonName;
    }
}
