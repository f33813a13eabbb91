package org.madang.device.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a device is set up to do; a device may serve several roles at one site. */
public enum Role {
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
    public String jsonName() {
        return jsonName;
    }

    /** The role with this profile name, if any (exact, lower case). */
    public static Optional<Role> fromJson(String name) {
        return Arrays.stream(values()).filter(role -> role.jsonName.equals(name)).findFirst();
    }

    /** Every profile name, for messages that list the allowed values. */
    public static List<String> jsonNames() {
        return Arrays.stream(values()).map(Role::jsonName).toList();
    }
}
