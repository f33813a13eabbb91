package org.madang.device.token;

import java.util.Objects;
import java.util.Set;

/**
 * What the central has revoked, as published in the content bundle: member and staff ids
 * ({@code sub}) and voucher serials. Immutable.
 */
public record Revocations(Set<String> members, Set<String> staff, Set<String> vouchers) {

    /** Nothing revoked. */
    public static final Revocations NONE = new Revocations(Set.of(), Set.of(), Set.of());

    public Revocations {
        members = Set.copyOf(members);
        staff = Set.copyOf(staff);
        vouchers = Set.copyOf(vouchers);
    }

    /** Whether this token has been revoked. */
    public boolean revokes(VerifiedToken token) {
        Objects.requireNonNull(token, "token");
        return switch (token) {
            case MemberToken member -> members.contains(member.memberId());
            case StaffToken card -> staff.contains(card.staffId());
            case VoucherToken voucher -> vouchers.contains(voucher.serial());
        };
    }

    /** How many entries in all. */
    public int size() {
        return members.size() + staff.size() + vouchers.size();
    }
}
