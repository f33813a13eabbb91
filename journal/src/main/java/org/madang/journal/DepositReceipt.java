package org.madang.journal;

import java.util.Optional;

/**
 * Proof that a secret was durably deposited in its ballot box (and the identified record, if
 * any, appended in the same transaction). Deliberately says nothing about where the secret is.
 *
 * @param identified the receipt of the identified record (the poll-book entry), if one was given
 * @param pendingInBox secrets now waiting in the box
 * @param released secrets released to the journal by this deposit (0 or the whole box)
 */
public record DepositReceipt(Optional<AppendReceipt> identified, int pendingInBox, int released) {
}
