package org.madang.sync.agent.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.keys.CentralCaFile;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.testing.TestCertificates;
import org.madang.sync.agent.central.CentralClient;
import org.madang.sync.agent.central.CentralUnavailableException;
import org.madang.sync.agent.central.Request;
import org.madang.sync.agent.device.AgentFiles;
import org.madang.sync.agent.device.AgentSetupException;
import org.madang.sync.agent.device.CentralTrust;
import org.madang.sync.agent.testing.AgentHarness;
import org.madang.sync.api.tls.PinnedCa;

/** The agent's transport over real TLS on 127.0.0.1, to a central whose certificate a district CA signed. */
class HttpClientTransportTlsTest {

    @TempDir
    static Path shared;
    static TestCertificates certificates;
    static HttpsServer server;
    static URI central;

    @TempDir
    Path temp;

    @BeforeAll
    static void startHttpsCentral() throws Exception {
        certificates = TestCertificates.create(shared.resolve("certs"));
        server = certificates.busyServer();
        central = URI.create(TestCertificates.url(server));
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static Request time() {
        return new Request("GET", "/api/v1/time", Map.of(), Optional.empty(), "application/json", Optional.empty());
    }

    @Test
    void talksToTheCentralThroughThePinnedCa() throws Exception {
        SSLContext pinned = PinnedCa.load(certificates.caPem, Clock.systemUTC()).sslContext();

        try (HttpClientTransport transport = HttpClientTransport.create(central, AgentHarness.HTTP, () -> Optional.of(pinned))) {
            assertThat(transport.exchange(time()).status()).isEqualTo(503);
        }
    }

    @Test
    void reportsAnUntrustedCertificateNotANetworkFaultWithoutThePinOrWithAnotherCa() throws Exception {
        SSLContext other = PinnedCa.load(certificates.otherCaPem, Clock.systemUTC()).sslContext();
        Ed25519KeyPair key = Ed25519KeyPair.generate(new SecureRandom());

        for (Optional<SSLContext> tls : List.of(Optional.<SSLContext>empty(), Optional.of(other))) {
            try (HttpClientTransport transport = HttpClientTransport.create(central, AgentHarness.HTTP, () -> tls)) {
                CentralClient client = new CentralClient(transport, central, key, Clock.systemUTC(), new SecureRandom(), 0);

                assertThatThrownBy(client::measureClock).isInstanceOfSatisfying(CentralUnavailableException.class,
                        e -> assertThat(e.kind()).isEqualTo(CentralUnavailableException.Kind.UNTRUSTED_CERTIFICATE));
            }
        }
    }

    @Test
    void anExpiredCertificateIsReportedAsItsDatesSoStaffCheckTheClockRatherThanInstallACa() throws Exception {
        SSLContext pinned = PinnedCa.load(certificates.caPem, Clock.systemUTC()).sslContext();
        HttpsServer expired = certificates.busyServerWithAnExpiredCertificate();
        URI url = URI.create(TestCertificates.url(expired));
        try (HttpClientTransport transport = HttpClientTransport.create(url, AgentHarness.HTTP, () -> Optional.of(pinned))) {
            CentralClient client = new CentralClient(transport, url, Ed25519KeyPair.generate(new SecureRandom()),
                    Clock.systemUTC(), new SecureRandom(), 0);

            assertThatThrownBy(client::measureClock).isInstanceOfSatisfying(CentralUnavailableException.class,
                    e -> assertThat(e.kind()).isEqualTo(CentralUnavailableException.Kind.CERTIFICATE_DATES));
        } finally {
            expired.stop(0);
        }
    }

    @Test
    void refusesACertificateThePinnedCaSignedForAnotherHostName() throws Exception {
        SSLContext pinned = PinnedCa.load(certificates.caPem, Clock.systemUTC()).sslContext();
        HttpsServer otherHost = certificates.busyServerForAnotherHost();
        URI url = URI.create(TestCertificates.url(otherHost));
        try (HttpClientTransport transport = HttpClientTransport.create(url, AgentHarness.HTTP, () -> Optional.of(pinned))) {
            CentralClient client = new CentralClient(transport, url, Ed25519KeyPair.generate(new SecureRandom()),
                    Clock.systemUTC(), new SecureRandom(), 0);

            assertThatThrownBy(client::measureClock).isInstanceOfSatisfying(CentralUnavailableException.class,
                    e -> assertThat(e.kind()).isEqualTo(CentralUnavailableException.Kind.UNTRUSTED_CERTIFICATE));
        } finally {
            otherHost.stop(0);
        }
    }

    @Test
    void aRunningTransportUsesTheCaStaffPinWithoutARestart() throws Exception {
        Path dataDir = Files.createDirectories(temp.resolve("device"));
        CentralTrust trust = new CentralTrust(dataDir, Clock.systemUTC());
        try (HttpClientTransport transport = HttpClientTransport.create(central, AgentHarness.HTTP, trust)) {
            CentralClient client = new CentralClient(transport, central, Ed25519KeyPair.generate(new SecureRandom()),
                    Clock.systemUTC(), new SecureRandom(), 0);
            assertThatThrownBy(client::measureClock).isInstanceOfSatisfying(CentralUnavailableException.class,
                    e -> assertThat(e.kind()).isEqualTo(CentralUnavailableException.Kind.UNTRUSTED_CERTIFICATE));

            CentralCaFile.in(dataDir).install(certificates.caPem, Clock.systemUTC());

            assertThat(transport.exchange(time()).status()).isEqualTo(503);
        }
    }

    @Test
    void aPinnedCaOutOfDateByTheTerminalsClockIsReportedAsItsDatesAndAServerCertificateAsPinAsUntrusted()
            throws Exception {
        Path dataDir = Files.createDirectories(temp.resolve("device"));
        CentralCaFile.in(dataDir).install(certificates.caPem, Clock.systemUTC());
        // The CA is valid for ten years from today: eleven years on, this clock finds it expired.
        Clock elevenYearsOn = Clock.offset(Clock.systemUTC(), java.time.Duration.ofDays(11 * 366));
        assertThat(failureThrough(new CentralTrust(dataDir, elevenYearsOn)))
                .isEqualTo(CentralUnavailableException.Kind.CERTIFICATE_DATES);

        Path serverCertAsPin = Files.createDirectories(temp.resolve("device-2"));
        Files.createDirectories(CentralCaFile.in(serverCertAsPin).file().getParent());
        Files.copy(certificates.serverPem, CentralCaFile.in(serverCertAsPin).file());
        assertThat(failureThrough(new CentralTrust(serverCertAsPin, Clock.systemUTC())))
                .isEqualTo(CentralUnavailableException.Kind.UNTRUSTED_CERTIFICATE);
    }

    private CentralUnavailableException.Kind failureThrough(CentralTrust trust) throws Exception {
        try (HttpClientTransport transport = HttpClientTransport.create(central, AgentHarness.HTTP, trust)) {
            CentralClient client = new CentralClient(transport, central, Ed25519KeyPair.generate(new SecureRandom()),
                    Clock.systemUTC(), new SecureRandom(), 0);
            try {
                client.measureClock();
            } catch (CentralUnavailableException e) {
                return e.kind();
            }
            throw new AssertionError("the central was reached through an unusable pinned CA");
        }
    }

    @Test
    void theTrustIsReadAgainOnlyWhenThePinnedFileChanges() throws Exception {
        Path dataDir = Files.createDirectories(temp.resolve("device"));
        CentralCaFile file = CentralCaFile.in(dataDir);
        file.install(certificates.caPem, Clock.systemUTC());
        CentralTrust trust = new CentralTrust(dataDir, Clock.systemUTC());

        SSLContext first = trust.current().orElseThrow();
        SSLContext again = trust.current().orElseThrow();
        file.install(certificates.otherCaPem, Clock.systemUTC());
        SSLContext replaced = trust.current().orElseThrow();
        Files.delete(file.file());

        assertThat(again).isSameAs(first);
        assertThat(replaced).isNotSameAs(first);
        assertThat(trust.current()).isEmpty();
    }

    @Test
    void refusesToStartWithAPinnedCaFileThatIsNotACaNamingTheFileAndTheFix() throws Exception {
        Path dataDir = Files.createDirectories(temp.resolve("device"));
        Path pinned = CentralCaFile.in(dataDir).file();
        Files.createDirectories(pinned.getParent());
        Files.copy(certificates.serverPem, pinned);

        assertThatThrownBy(() -> AgentFiles.at(dataDir).centralTrust(Clock.systemUTC()))
                .isInstanceOfSatisfying(AgentSetupException.class, e -> {
                    assertThat(e.text().english()).contains(pinned.toString()).contains("not a CA certificate")
                            .contains("device-config trust-ca");
                    assertThat(e.text().bilingual().getFirst()).contains("CA 인증서가 아닙니다");
                });
    }

    @Test
    void usesTheSystemTrustStoreWhenNoCaIsPinned() throws Exception {
        Path dataDir = Files.createDirectories(temp.resolve("plain"));

        assertThat(AgentFiles.at(dataDir).centralTrust(Clock.systemUTC()).current()).isEmpty();
    }
}
