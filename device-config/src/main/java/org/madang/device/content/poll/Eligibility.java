package org.madang.device.content.poll;

import java.time.LocalDate;
import java.util.Set;

/**
 * Who may vote in a poll.
 *
 * <p>Age counts by birth year only (the member token carries the year, not the date): a resident
 * born in {@code by} has age {@code year(today) - by} for the whole year, as in the Korean "연
 * 나이" used by youth-participation rules.
 *
 * @param dongCodes the administrative dong codes of residence that may vote; empty for any
 * @param minimumAge the youngest age that may vote, by birth year; 0 for no limit
 */
public record Eligibility(Set<String> dongCodes, int minimumAge) {

    /** Anyone may vote. */
    public static final Eligibility ANYONE = new Eligibility(Set.of(), 0);

    public Eligibility {
        dongCodes = Set.copyOf(dongCodes);
        if (minimumAge < 0) {
            throw new IllegalArgumentException("minimum age " + minimumAge + " is negative");
        }
    }

    /** Whether a resident of {@code dongCode} born in {@code birthYear} may vote on {@code today}. */
    public boolean admits(String dongCode, int birthYear, LocalDate today) {
        return admitsDong(dongCode) && admitsAge(birthYear, today);
    }

    /** Whether residents of {@code dongCode} may vote. */
    public boolean admitsDong(String dongCode) {
        return dongCodes.isEmpty() || dongCodes.contains(dongCode);
    }

    /** Whether someone born in {@code birthYear} is old enough on {@code today}. */
    public boolean admitsAge(int birthYear, LocalDate today) {
        return today.getYear() - birthYear >= minimumAge;
    }
}
