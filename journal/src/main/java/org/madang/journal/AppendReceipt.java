package org.madang.journal;

/**
 * Proof that a record is durably in the journal: the caller may now tell the person "recorded".
 *
 * @param seq the record's sequence number
 * @param id the record's unique id
 */
public record AppendReceipt(long seq, String id) {
}
