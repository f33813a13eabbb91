package org.madang.sync.api.enroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.testing.TestCertificates;
import org.madang.sync.api.tls.PinnedCa;
import org.madang.sync.api.wire.EnrollmentRequest;

/** Enrollment over real TLS on 127.0.0.1, to a central whose certificate a district CA signed. */
class EnrollmentClientTlsTest {

    @TempDir
    static Path dir;
    static TestCertificates certificates;
    static HttpsServer server;
    static URI central;

    private final SecureRandom random = new SecureRandom();
    private final Ed25519KeyPair key = Ed25519KeyPair.generate(random);
    private final EnrollmentRequest request = new EnrollmentRequest("CODE-1234", "kiosk-tls", "1114055000",
            key.publicKey().jwkX(), "test");

    @BeforeAll
    static void startHttpsCentral() throws Exception {
        certificates = TestCertificates.create(dir.resolve("certs"));
        // Past TLS the central answers 503: a SERVER_ERROR tells the tests the handshake succeeded.
        server = certificates.busyServer();
        central = URI.create(TestCertificates.url(server));
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void reachesACentralWhoseCertificateThePinnedCaSigned() throws Exception {
        SSLContext pinned = PinnedCa.load(certificates.caPem, Clock.systemUTC()).sslContext();

        assertThatThrownBy(() -> enroll(Optional.of(pinned))).isInstanceOfSatisfying(EnrollmentException.class,
                e -> assertThat(e.kind()).isEqualTo(EnrollmentException.Kind.SERVER_ERROR));
    }

    @Test
    void refusesTheCentralsCertificateWithTheSystemTrustStoreAsUntrustedNotAsANetworkFault() {
        assertThatThrownBy(() -> enroll(Optional.empty())).isInstanceOfSatisfying(EnrollmentException.class, e -> {
            assertThat(e.kind()).isEqualTo(EnrollmentException.Kind.UNTRUSTED_CERTIFICATE);
            assertThat(e.isTransient()).isFalse();
        });
    }

    @Test
    void refusesTheCentralsCertificateWhenAnotherCaIsPinned() throws Exception {
        SSLContext other = PinnedCa.load(certificates.otherCaPem, Clock.systemUTC()).sslContext();

        assertThatThrownBy(() -> enroll(Optional.of(other))).isInstanceOfSatisfying(EnrollmentException.class,
                e -> assertThat(e.kind()).isEqualTo(EnrollmentException.Kind.UNTRUSTED_CERTIFICATE));
    }

    @Test
    void refusesACertificateThePinnedCaSignedForAnotherHostName() throws Exception {
        SSLContext pinned = PinnedCa.load(certificates.caPem, Clock.systemUTC()).sslContext();
        HttpsServer otherHost = certificates.busyServerForAnotherHost();
        try {
            assertThatThrownBy(() -> enroll(URI.create(TestCertificates.url(otherHost)), Optional.of(pinned)))
                    .isInstanceOfSatisfying(EnrollmentException.class,
                            e -> assertThat(e.kind()).isEqualTo(EnrollmentException.Kind.UNTRUSTED_CERTIFICATE));
        } finally {
            otherHost.stop(0);
        }
    }

    @Test
    void anExpiredCertificateFromThePinnedCaIsADatesProblemToWaitOutNotACaToInstall() throws Exception {
        SSLContext pinned = PinnedCa.load(certificates.caPem, Clock.systemUTC()).sslContext();
        HttpsServer expired = certificates.busyServerWithAnExpiredCertificate();
        try {
            assertThatThrownBy(() -> enroll(URI.create(TestCertificates.url(expired)), Optional.of(pinned)))
                    .isInstanceOfSatisfying(EnrollmentException.class, e -> {
                        assertThat(e.kind()).isEqualTo(EnrollmentException.Kind.CERTIFICATE_DATES);
                        assertThat(e.isTransient()).as("the clock syncs or the central renews: queue, retry").isTrue();
                        assertThat(e.getMessage()).contains("not valid at this machine's time");
                    });
        } finally {
            expired.stop(0);
        }
    }

    @Test
    void aCertificateValidFromTomorrowAsAClockBehindSeesItIsADatesProblemToo() throws Exception {
        SSLContext pinned = PinnedCa.load(certificates.caPem, Clock.systemUTC()).sslContext();
        HttpsServer notYet = certificates.busyServerWithACertificateValidFromTomorrow();
        try {
            assertThatThrownBy(() -> enroll(URI.create(TestCertificates.url(notYet)), Optional.of(pinned)))
                    .isInstanceOfSatisfying(EnrollmentException.class,
                            e -> assertThat(e.kind()).isEqualTo(EnrollmentException.Kind.CERTIFICATE_DATES));
        } finally {
            notYet.stop(0);
        }
    }

    @Test
    void aHandshakeTheServerHangsUpOnIsANetworkFaultToRetryNotAnUntrustedCertificate() throws Exception {
        SSLContext pinned = PinnedCa.load(certificates.caPem, Clock.systemUTC()).sslContext();
        try (ServerSocket hangsUp = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofPlatform().daemon().start(() -> {
                while (!hangsUp.isClosed()) {
                    try (Socket accepted = hangsUp.accept()) {
                        accepted.getInputStream().read();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            URI url = URI.create("https://127.0.0.1:" + hangsUp.getLocalPort() + "/");

            assertThatThrownBy(() -> enroll(url, Optional.of(pinned))).isInstanceOfSatisfying(EnrollmentException.class,
                    e -> {
                        assertThat(e.kind()).isEqualTo(EnrollmentException.Kind.NETWORK);
                        assertThat(e.isTransient()).isTrue();
                    });
        }
    }

    private void enroll(Optional<SSLContext> tls) throws EnrollmentException {
        enroll(central, tls);
    }

    private void enroll(URI url, Optional<SSLContext> tls) throws EnrollmentException {
        try (EnrollmentClient client = new EnrollmentClient(url, Duration.ofSeconds(5), Duration.ofSeconds(5),
                Clock.systemUTC(), random, tls)) {
            client.enroll(request, key, Optional.empty());
        }
    }
}
