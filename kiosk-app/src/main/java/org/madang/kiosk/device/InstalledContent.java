package org.madang.kiosk.device;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.madang.device.content.ContentBundle;
import org.madang.device.content.ContentStore;
import org.madang.device.content.Event;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.TrustedKey;
import org.madang.device.token.JwtTokenVerifier;
import org.madang.device.token.TimeEvidence;
import org.madang.device.token.TokenVerifier;
import org.madang.journal.clock.WallClockTrust;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.kiosk.checkin.CheckinContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signed content bundle installed on this device (events, revocations, the member-hash
 * key), as the check-in desk and the token verifier use it, read once at start. Content flows one
 * way: the sync agent or staff install bundles into the store; this class only reads it.
 */
public final class InstalledContent implements CheckinContent {

    private static final Logger log = LoggerFactory.getLogger(InstalledContent.class);

    private final ContentBundle bundle;

    private InstalledContent(ContentBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * The bundle installed in {@code dataDir}, verified against the profile's central keys; empty
     * when none is installed (or neither the current nor the previous one verifies).
     */
    public static Optional<InstalledContent> open(DeviceProfile profile, Path dataDir) throws IOException {
        ContentStore store = ContentStore.in(dataDir, trustedKeys(profile));
        Optional<ContentStore.Loaded> loaded = store.current();
        loaded.filter(ContentStore.Loaded::fromPrevious).ifPresent(previous -> log.warn(
                "content {}: the current bundle is damaged ({}); using the previous one, version {}",
                store.directory(), previous.currentProblems(), previous.bundle().version()));
        return loaded.map(l -> new InstalledContent(l.bundle()));
    }

    private static Map<String, Ed25519PublicKey> trustedKeys(DeviceProfile profile) {
        Map<String, Ed25519PublicKey> keys = new LinkedHashMap<>();
        for (TrustedKey key : profile.trustedCentralKeys()) {
            keys.put(key.kid(), key.key());
        }
        return keys;
    }

    /**
     * A token verifier for this device: its profile's central keys, this content's revocation
     * list, and the clock with its trust; when the clock is not trusted, the bundle's issue time
     * is the earliest "now" can be (docs/decisions/0005).
     */
    public TokenVerifier tokenVerifier(DeviceProfile profile, Clock clock, WallClockTrust trust) {
        return JwtTokenVerifier.forProfile(profile, bundle::revocations, () -> {
            Instant now = clock.instant();
            return trust.trusts(now) ? TimeEvidence.trusted(now) : TimeEvidence.untrusted(now, bundle.issuedAt());
        });
    }

    /** The bundle in use. */
    public ContentBundle bundle() {
        return bundle;
    }

    @Override
    public List<Event> events() {
        return bundle.events();
    }

    @Override
    public Optional<Event> event(String id) {
        return bundle.event(id);
    }

    @Override
    public String pseudonymOf(String memberId) {
        return bundle.memberPseudonym().of(memberId);
    }
}
