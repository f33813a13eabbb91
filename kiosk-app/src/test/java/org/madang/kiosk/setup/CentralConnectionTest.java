package org.madang.kiosk.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.madang.journal.testing.TestCertificates;
import org.madang.kiosk.setup.TerminalChecks.CentralProbe.Reach;
import org.madang.sync.api.tls.PinnedCa;

/** The set-up check's connection, against real TLS servers on 127.0.0.1 with certificates made by openssl. */
class CentralConnectionTest {

    @TempDir
    static Path dir;
    static TestCertificates certificates;
    static HttpsServer central;
    static HttpsServer centralForAnotherHost;

    private final CentralConnection connection = new CentralConnection(Duration.ofSeconds(5));

    @BeforeAll
    static void startHttpsCentrals() throws Exception {
        certificates = TestCertificates.create(dir.resolve("certs"));
        central = certificates.busyServer();
        centralForAnotherHost = certificates.busyServerForAnotherHost();
    }

    @AfterAll
    static void stop() {
        central.stop(0);
        centralForAnotherHost.stop(0);
    }

    private static Optional<PinnedCa> pinned(Path pem) throws Exception {
        return Optional.of(PinnedCa.load(pem, Clock.systemUTC()));
    }

    @Test
    void reachesAnHttpsCentralWhoseCertificateThePinnedCaSigned() throws Exception {
        assertThat(connection.reach(URI.create(TestCertificates.url(central)), pinned(certificates.caPem)))
                .isEqualTo(Reach.REACHABLE);
    }

    @Test
    void aDistrictCertificateWithNothingPinnedIsUntrustedNotUnreachable() {
        assertThat(connection.reach(URI.create(TestCertificates.url(central)), Optional.empty()))
                .as("the system trust store does not know the district CA").isEqualTo(Reach.UNTRUSTED);
    }

    @Test
    void aCertificateFromAnotherCaThanThePinnedOneIsUntrusted() throws Exception {
        assertThat(connection.reach(URI.create(TestCertificates.url(central)), pinned(certificates.otherCaPem)))
                .isEqualTo(Reach.UNTRUSTED);
    }

    @Test
    void aCertificateFromThePinnedCaForAnotherHostNameIsUntrusted() throws Exception {
        assertThat(connection.reach(URI.create(TestCertificates.url(centralForAnotherHost)), pinned(certificates.caPem)))
                .isEqualTo(Reach.UNTRUSTED);
    }

    @Test
    void aCertificateExpiredOrValidOnlyFromTomorrowIsRefusedForItsDatesNotAsUntrusted() throws Exception {
        // Valid from tomorrow is what a terminal whose clock is behind (no time sync yet) sees.
        for (HttpsServer outOfDate : List.of(certificates.busyServerWithAnExpiredCertificate(),
                certificates.busyServerWithACertificateValidFromTomorrow())) {
            try {
                assertThat(connection.reach(URI.create(TestCertificates.url(outOfDate)), pinned(certificates.caPem)))
                        .isEqualTo(Reach.DATE_REFUSED);
            } finally {
                outOfDate.stop(0);
            }
        }
    }

    @Test
    void noListenerIsUnreachable() throws Exception {
        // Bound but not listening: connections are refused, and no other test can take the port meanwhile.
        try (Socket bound = new Socket()) {
            bound.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            assertThat(connection.reach(URI.create("https://127.0.0.1:" + bound.getLocalPort() + "/"),
                    pinned(certificates.caPem))).isEqualTo(Reach.UNREACHABLE);
        }
    }

    @Test
    void aServerThatHangsUpDuringTheHandshakeIsUnreachableNotUntrusted() throws Exception {
        try (ServerSocket hangsUp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try (Socket accepted = hangsUp.accept()) {
                    accepted.getInputStream().read();
                } catch (java.io.IOException ignored) {
                    // The test is over.
                }
            });
            assertThat(connection.reach(URI.create("https://127.0.0.1:" + hangsUp.getLocalPort() + "/"),
                    pinned(certificates.caPem))).isEqualTo(Reach.UNREACHABLE);
        }
    }

    @Test
    // Its own thread: a blocked socket read ignores the interrupt a same-thread timeout would send.
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPeerTricklingTheHandshakeIsCutOffAtTheDeadlineNotReadForEver() throws Exception {
        CentralConnection quick = new CentralConnection(Duration.ofMillis(300));
        try (ServerSocket trickles = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try (Socket accepted = trickles.accept()) {
                    // A record header promising 16 KiB of handshake, then one byte every 100 ms:
                    // every read succeeds within the 300 ms read timeout, and the record never ends.
                    accepted.getOutputStream().write(new byte[] {0x16, 0x03, 0x03, 0x40, 0x00});
                    while (true) {
                        accepted.getOutputStream().write(0x02);
                        accepted.getOutputStream().flush();
                        Thread.sleep(100);
                    }
                } catch (java.io.IOException | InterruptedException ended) {
                    // The client hung up: the test is over.
                }
            });

            assertThat(quick.reach(URI.create("https://127.0.0.1:" + trickles.getLocalPort() + "/"),
                    pinned(certificates.caPem))).isEqualTo(Reach.UNREACHABLE);
        }
    }

    @Test
    void aTimeoutThatIsNotPositiveOrLongerThanAMinuteIsRefused() {
        for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofMillis(-1), Duration.ofMinutes(2)}) {
            assertThatThrownBy(() -> new CentralConnection(bad)).as(bad.toString())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1 ms and 1 min");
        }
    }

    @Test
    void anHttpCentralNeedsOnlyAConnectionAndIgnoresThePin() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(connection.reach(URI.create("http://127.0.0.1:" + plain.getLocalPort() + "/"),
                    pinned(certificates.otherCaPem))).isEqualTo(Reach.REACHABLE);
        }
    }
}
