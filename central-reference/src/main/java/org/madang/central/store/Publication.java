package org.madang.central.store;

import java.time.Instant;

/** A published content bundle: its version, when it was issued, its payload JSON and the signed JWS. */
public record Publication(int version, Instant issuedAt, String payload, String jws) {
}
