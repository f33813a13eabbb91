package org.madang.central.store;

/** The identity of a stored record: enough to tell a duplicate from a conflict. */
public record StoredRecord(long seq, String id, String hashHex) {
}
