package org.madang.sync.api.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.journal.testing.TestCertificates;

class PinnedCaTest {

    @TempDir
    static Path dir;
    static TestCertificates certificates;
    private final Clock now = Clock.systemUTC();

    @BeforeAll
    static void makeCertificates() throws Exception {
        certificates = TestCertificates.create(dir.resolve("certs"));
    }

    @Test
    void loadsTheDistrictCaAndNamesItsFingerprint() throws Exception {
        PinnedCa pinned = PinnedCa.load(certificates.caPem, now);

        assertThat(pinned.authorities()).singleElement().satisfies(ca ->
                assertThat(ca.getSubjectX500Principal().getName()).isEqualTo("CN=Madang Test District CA"));
        assertThat(PinnedCa.fingerprint(pinned.authorities().getFirst())).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(pinned.sslContext().getProtocol()).isEqualTo("TLS");
    }

    @Test
    void trustsTheFilesAuthoritiesAndNothingElseNotEvenTheSystemStore() throws Exception {
        PinnedCa pinned = PinnedCa.load(certificates.caPem, now);

        assertThat(pinned.trustManager().getAcceptedIssuers()).containsExactlyElementsOf(pinned.authorities());
    }

    @Test
    void loadsEveryCaOfAFileHoldingTwo() throws Exception {
        Path both = dir.resolve("both.pem");
        Files.writeString(both, Files.readString(certificates.caPem) + Files.readString(certificates.otherCaPem));

        assertThat(PinnedCa.load(both, now).authorities()).hasSize(2);
    }

    @Test
    void refusesTheServersOwnCertificateAsNotACa() {
        assertThatThrownBy(() -> PinnedCa.load(certificates.serverPem, now)).isInstanceOfSatisfying(PinnedCaException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(PinnedCaException.Code.NOT_A_CA);
                    assertThat(e.file()).isEqualTo(certificates.serverPem);
                    assertThat(e.detail()).isEqualTo("CN=127.0.0.1");
                });
    }

    @Test
    void refusesACaThatHasExpiredByTheDevicesClock() {
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(3660)), ZoneOffset.UTC);

        assertThatThrownBy(() -> PinnedCa.load(certificates.caPem, later)).isInstanceOfSatisfying(PinnedCaException.class,
                e -> assertThat(e.code()).isEqualTo(PinnedCaException.Code.EXPIRED));
    }

    @Test
    void refusesACaNotValidYetByTheDevicesClock() {
        Clock earlier = Clock.fixed(Instant.now().minus(Duration.ofDays(2)), ZoneOffset.UTC);

        assertThatThrownBy(() -> PinnedCa.load(certificates.caPem, earlier)).isInstanceOfSatisfying(PinnedCaException.class,
                e -> assertThat(e.code()).isEqualTo(PinnedCaException.Code.NOT_YET_VALID));
    }

    @Test
    void refusesAFileWithoutACertificate() throws Exception {
        Path key = certificates.serverKey;

        assertThatThrownBy(() -> PinnedCa.load(key, now)).isInstanceOfSatisfying(PinnedCaException.class,
                e -> assertThat(e.code()).isEqualTo(PinnedCaException.Code.NOT_PEM));
    }

    @Test
    void reportsAMissingFile() {
        assertThatThrownBy(() -> PinnedCa.load(dir.resolve("none.pem"), now)).isInstanceOfSatisfying(
                PinnedCaException.class, e -> assertThat(e.code()).isEqualTo(PinnedCaException.Code.MISSING));
    }
}
