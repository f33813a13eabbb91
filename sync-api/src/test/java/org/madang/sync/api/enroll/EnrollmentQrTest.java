package org.madang.sync.api.enroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.madang.journal.signing.Ed25519KeyPair;

class EnrollmentQrTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final Ed25519KeyPair CENTRAL = Ed25519KeyPair.generate(new SecureRandom());

    private static EnrollmentTicket ticket(String url, Instant expires) {
        return new EnrollmentTicket(URI.create(url), "ABCD-EFGH-JKMN-PQRS", "central-1", CENTRAL.publicKey(),
                "1114055000", "명동", List.of("checkin"), expires);
    }

    private static String encoded(String json) {
        return EnrollmentQr.PREFIX + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<EnrollmentQrException.Code> codes(String text) {
        try {
            EnrollmentQr.parse(text, NOW);
            throw new AssertionError("accepted " + text);
        } catch (EnrollmentQrException e) {
            return e.problems().stream().map(EnrollmentQrException.Problem::code).toList();
        }
    }

    @Test
    void readsBackWhatItWrites() throws Exception {
        EnrollmentTicket written = ticket("https://central.example.go.kr/madang", NOW.plusSeconds(3600));
        String text = EnrollmentQr.format(written);
        assertThat(text).startsWith("MADANG-ENROLL1:").doesNotContain("=", "+", "/", " ");
        EnrollmentTicket read = EnrollmentQr.parse("  " + text + "\n", NOW);
        assertThat(read.centralUrl()).hasToString("https://central.example.go.kr/madang/");
        assertThat(read.centralKey()).isEqualTo(CENTRAL.publicKey());
        assertThat(read).usingRecursiveComparison().ignoringFields("centralUrl").isEqualTo(written);
    }

    @Test
    void fingerprintIsSixteenGroupsOfFourHexDigits() {
        assertThat(KeyFingerprint.of(CENTRAL.publicKey())).matches("([0-9A-F]{4} ){15}[0-9A-F]{4}");
    }

    @Test
    void refusesAnotherKindOfText() {
        assertThat(codes("MADANG-CLOSE1:abc")).containsExactly(EnrollmentQrException.Code.NOT_AN_ENROLLMENT_CODE);
        assertThat(codes("hello")).containsExactly(EnrollmentQrException.Code.NOT_AN_ENROLLMENT_CODE);
    }

    @Test
    void refusesADamagedText() {
        String good = EnrollmentQr.format(ticket("https://c.example/", NOW.plusSeconds(60)));
        assertThat(codes(good.substring(0, good.length() - 20))).containsExactly(EnrollmentQrException.Code.DAMAGED);
        assertThat(codes(EnrollmentQr.PREFIX + "!!!")).containsExactly(EnrollmentQrException.Code.DAMAGED);
    }

    @Test
    void refusesAnExpiredCode() {
        assertThat(codes(EnrollmentQr.format(ticket("https://c.example/", NOW))))
                .containsExactly(EnrollmentQrException.Code.EXPIRED);
    }

    @Test
    void refusesPlainHttpExceptToThisMachine() throws Exception {
        assertThat(codes(EnrollmentQr.format(ticket("http://central.example.go.kr/", NOW.plusSeconds(60)))))
                .containsExactly(EnrollmentQrException.Code.URL_NOT_HTTPS);
        assertThat(EnrollmentQr.parse(EnrollmentQr.format(ticket("http://127.0.0.1:8080/", NOW.plusSeconds(60))), NOW)
                .centralUrl()).hasToString("http://127.0.0.1:8080/");
        assertThat(CentralUrls.isLoopback("localhost.example.com")).isFalse();
        assertThat(CentralUrls.isLoopback("[::1]")).isTrue();
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        assertThatThrownBy(() -> EnrollmentQr.parse(encoded("""
                {"url":"ftp://x","kid":"central 1","x":"short","site":"12","siteName":"명동","roles":[],"expires":"soon"}"""),
                NOW))
                .isInstanceOfSatisfying(EnrollmentQrException.class, e -> assertThat(e.problems())
                        .extracting(EnrollmentQrException.Problem::field)
                        .containsExactly("url", "code", "kid", "x", "site", "roles", "expires"))
                .hasMessageContaining("MISSING code");
    }
}
