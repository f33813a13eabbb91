package org.madang.device.content.poll;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.madang.device.content.Localized;

/**
 * A vote residents cast at the kiosk (주민총회 사전투표, 주민참여예산), as published in the signed
 * content bundle and validated when it is read.
 *
 * @param id stable id, e.g. {@code 2026-wolgok1-agenda}; also the ballot box's name
 * @param title shown on the poll list and the ballot
 * @param description one or two sentences under the title
 * @param items what residents choose from, in the order shown; ids unique within the poll
 * @param opens first instant votes are taken (inclusive)
 * @param closes instant voting ends (exclusive)
 * @param eligibility who may vote
 * @param identification how a voter may prove who they are; at least one
 * @param rule how many items a ballot holds and which combinations are valid
 * @param allowBlank whether a blank (abstain, 기권) ballot may be cast
 * @param seal the poll's public key when ballots are encrypted on the device; empty for plain ballots
 * @param voucherCodes the typed short codes of the poll's vouchers; empty when vouchers come as QR only
 */
public record Poll(String id, Localized title, Localized description, List<PollItem> items, Instant opens,
        Instant closes, Eligibility eligibility, Set<IdentificationMethod> identification, BallotRule rule,
        boolean allowBlank, Optional<SealKey> seal, Optional<VoucherCodes> voucherCodes) {

    public Poll {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        items = List.copyOf(items);
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(eligibility, "eligibility");
        identification = Set.copyOf(identification);
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(seal, "seal");
        Objects.requireNonNull(voucherCodes, "voucherCodes");
    }

    /** Whether votes are taken at {@code now}: opening inclusive, closing exclusive. */
    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opens) && now.isBefore(closes);
    }

    /** Whether ballots are encrypted to the poll's key on the device. */
    public boolean sealed() {
        return seal.isPresent();
    }

    /** The item with this id. */
    public Optional<PollItem> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }
}
