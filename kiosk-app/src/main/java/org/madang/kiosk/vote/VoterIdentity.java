package org.madang.kiosk.vote;

import java.util.Objects;
import java.util.Optional;
import org.madang.device.content.poll.IdentificationMethod;

/**
 * Who is about to vote, as far as the poll book needs to know: a member (pseudonym, dong, birth
 * year), a voucher (its poll and serial) or a ballot a staff member unlocked for a resident they
 * checked in person. Never holds a raw member id.
 */
public sealed interface VoterIdentity {

    /** How the voter was identified (the poll-book's {@code method}). */
    IdentificationMethod method();

    /** The poll-book's {@code voter} text. */
    String voter();

    /** Whether a second ballot with the same {@link #voter()} must be refused (not for staff unlocks). */
    default boolean votesOnce() {
        return true;
    }

    /**
     * A member's QR code.
     *
     * @param pseudonym the member's pseudonym ({@code MemberPseudonym})
     * @param dongCode the dong of residence
     * @param birthYear the birth year, for the minimum age
     */
    record Member(String pseudonym, String dongCode, int birthYear) implements VoterIdentity {
        public Member {
            Objects.requireNonNull(pseudonym, "pseudonym");
            Objects.requireNonNull(dongCode, "dongCode");
        }

        @Override
        public IdentificationMethod method() {
            return IdentificationMethod.MEMBER;
        }

        @Override
        public String voter() {
            return pseudonym;
        }

        @Override
        public String toString() {
            // Logs may print identities; a pseudonym is still personal data.
            return "Member[…]";
        }
    }

    /**
     * A one-time voucher, scanned or typed: it opens one ballot of one poll.
     *
     * @param pollId the poll the voucher is for
     * @param serial the voucher's serial
     */
    record Voucher(String pollId, String serial) implements VoterIdentity {
        public Voucher {
            Objects.requireNonNull(pollId, "pollId");
            Objects.requireNonNull(serial, "serial");
        }

        @Override
        public IdentificationMethod method() {
            return IdentificationMethod.VOUCHER;
        }

        @Override
        public String voter() {
            return "voucher:" + serial;
        }
    }

    /**
     * One ballot a staff member unlocked (card or PIN) for a resident they checked in person. The
     * poll book counts these per staff member; they are never refused as a second vote.
     *
     * @param staffId the staff card's {@code sub}; empty when unlocked with the device PIN
     * @param pollId the poll the ballot is for
     */
    record Staff(Optional<String> staffId, String pollId) implements VoterIdentity {
        public Staff {
            Objects.requireNonNull(staffId, "staffId");
            Objects.requireNonNull(pollId, "pollId");
        }

        @Override
        public IdentificationMethod method() {
            return IdentificationMethod.STAFF;
        }

        @Override
        public String voter() {
            return "staff:" + staffId.orElse("pin");
        }

        @Override
        public boolean votesOnce() {
            return false;
        }
    }
}
