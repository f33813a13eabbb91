package org.madang.device.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An enum constant with the exact name the profile file (and the command line) spell it with. */
public interface ProfileName {

    /** The name in the profile file. */
    String profileName();

    /** The constant of {@code type} spelled {@code name} (exact, lower case), if any. */
    static <E extends Enum<E> & ProfileName> Optional<E> find(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.profileName().equals(name)).findFirst();
    }

    /** Every name of {@code type}, for messages that list the allowed values. */
    static <E extends Enum<E> & ProfileName> List<String> all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(ProfileName::profileName).toList();
    }
}
