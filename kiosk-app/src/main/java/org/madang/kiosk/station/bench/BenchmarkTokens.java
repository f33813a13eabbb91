package org.madang.kiosk.station.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.madang.device.content.CheckinLimit;
import org.madang.device.content.Event;
import org.madang.device.token.MemberToken;
import org.madang.device.token.TokenCheck;
import org.madang.device.token.TokenRejection;
import org.madang.device.token.TokenType;
import org.madang.device.token.TokenVerifier;
import org.madang.kiosk.checkin.CheckinContent;

/**
 * Stand-ins for the token verifier and the content, for the benchmark only: {@code member:<id>}
 * is a member's code, one event is open. Never wired into the station command (an ArchUnit rule).
 * Signature checks cost ~100 µs with Bouncy Castle and are left out: the benchmark measures the
 * desk, the journal and the disk.
 */
final class BenchmarkTokens implements TokenVerifier, CheckinContent {

    static final String EVENT = "bench-event";
    private static final Instant ISSUED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2099-01-01T00:00:00Z");

    private final Event event = new Event(EVENT, "벤치마크", "Benchmark", Optional.empty(), Instant.EPOCH,
            Instant.parse("2100-01-01T00:00:00Z"), 500, CheckinLimit.ONCE_PER_EVENT);

    @Override
    public TokenCheck verify(String scanned, TokenType expected) {
        if (!scanned.startsWith("member:")) {
            return new TokenCheck.Rejected(TokenRejection.MALFORMED, "not a benchmark token");
        }
        return new TokenCheck.Accepted(new MemberToken(scanned.substring(7), "1114055000", 1960, "bench-key", ISSUED,
                EXPIRES), true);
    }

    @Override
    public java.util.List<Event> events() {
        return java.util.List.of(event);
    }

    @Override
    public Optional<Event> event(String id) {
        return EVENT.equals(id) ? Optional.of(event) : Optional.empty();
    }

    @Override
    public String pseudonymOf(String memberId) {
        // The real pseudonym is an HMAC: same length, so the records are the real size.
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(memberId.getBytes(StandardCharsets.UTF_8));
            return "m1:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
