package org.madang.kiosk.setup;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.madang.device.cli.Provisioning;
import org.madang.device.content.ContentStore;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.kiosk.testing.TestContent;
import org.madang.sync.api.enroll.EnrollmentQr;
import org.madang.sync.api.enroll.EnrollmentTicket;

/** An enrollment QR for a central that is not there, and the real provisioning behind set-up mode. */
public final class SetupFixtures {

    public static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final Ed25519KeyPair CENTRAL = Ed25519KeyPair.generate(new SecureRandom());
    public static final String KID = "central-1";

    private SetupFixtures() {
    }

    /** A loopback address where nothing listens (a port just released): enrollment is queued. */
    public static String unreachable() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/";
        }
    }

    /** An enrollment QR for 명동, valid until {@code expires}. */
    public static String qr(String url, Instant expires) {
        return EnrollmentQr.format(new EnrollmentTicket(URI.create(url), "ABCD-EFGH-JKMN-PQRS", KID,
                CENTRAL.publicKey(), "1114055000", "명동", List.of("checkin", "vote", "survey"), expires));
    }

    /** The production enroller on {@code dataDir}, with a short timeout. */
    public static Enroller enroller(Path dataDir) {
        return new Enroller() {
            @Override
            public Provisioning.Report fromText(String qrText) {
                return Provisioning.provision(dataDir, qrText, Duration.ofSeconds(2), CLOCK, new SecureRandom());
            }

            @Override
            public Provisioning.Report fromFile(Path file) {
                return Provisioning.provisionFromFile(dataDir, file, Duration.ofSeconds(2), CLOCK, new SecureRandom());
            }
        };
    }

    /** What the sync agent does once it reaches the central: installs content signed by the QR's central. */
    public static void contentArrives(Path dataDir) throws Exception {
        TestContent.install(ContentStore.in(dataDir, Map.of(KID, CENTRAL.publicKey())), CENTRAL, KID, 1, "cleanup");
    }
}
