package org.madang.kiosk.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * key), as the check-in desk and the token verifier use it. Content flows one way: the sync agent
 * (or staff with a USB stick) installs bundles into the store while the kiosk runs; this class
 * only reads it, and notices a new bundle by the file's identity at most every {@link #RECHECK}
 * (a stat call, so a check-in never waits for it), verifying it again before using it.
 */
public final class InstalledContent implements CheckinContent {

    /** How often the content file is looked at. */
    public static final Duration RECHECK = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(InstalledContent.class);

    private final ContentStore store;
    private final Clock clock;
    private final Duration recheck;
    private ContentBundle bundle;
    private Object fileIdentity;
    private Instant checkedAt;

    private InstalledContent(ContentStore store, Clock clock, Duration recheck, ContentBundle bundle,
            Object fileIdentity) {
        this.store = store;
        this.clock = clock;
        this.recheck = recheck;
        this.bundle = bundle;
        this.fileIdentity = fileIdentity;
        this.checkedAt = clock.instant();
    }

    /**
     * The bundle installed in {@code dataDir}, verified against the profile's central keys; empty
     * when none is installed (or neither the current nor the previous one verifies).
     */
    public static Optional<InstalledContent> open(DeviceProfile profile, Path dataDir) throws IOException {
        return open(profile, dataDir, Clock.systemUTC(), RECHECK);
    }

    /** As {@link #open(DeviceProfile, Path)}, with the clock and interval of the re-checks. */
    public static Optional<InstalledContent> open(DeviceProfile profile, Path dataDir, Clock clock, Duration recheck)
            throws IOException {
        ContentStore store = ContentStore.in(dataDir, trustedKeys(profile));
        Object identity = identity(store);
        return load(store).map(loaded -> new InstalledContent(store, clock, recheck, loaded, identity));
    }

    private static Optional<ContentBundle> load(ContentStore store) throws IOException {
        Optional<ContentStore.Loaded> loaded = store.current();
        loaded.filter(ContentStore.Loaded::fromPrevious).ifPresent(previous -> log.warn(
                "content {}: the current bundle is damaged ({}); using the previous one, version {}",
                store.directory(), previous.currentProblems(), previous.bundle().version()));
        return loaded.map(ContentStore.Loaded::bundle);
    }

    /** What identifies one installed file: an install replaces it by rename, so its inode changes. */
    private static Object identity(ContentStore store) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(store.directory().resolve(ContentStore.CURRENT),
                    BasicFileAttributes.class);
            return List.of(Objects.requireNonNullElse(attributes.fileKey(), ""), attributes.lastModifiedTime(),
                    attributes.size());
        } catch (NoSuchFileException e) {
            return "none";
        }
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
        return JwtTokenVerifier.forProfile(profile, () -> bundle().revocations(), () -> {
            Instant now = clock.instant();
            return trust.trusts(now) ? TimeEvidence.trusted(now) : TimeEvidence.untrusted(now, bundle().issuedAt());
        });
    }

    /** The bundle in use, after looking for a newer one if the last look is older than the interval. */
    public synchronized ContentBundle bundle() {
        Instant now = clock.instant();
        if (Duration.between(checkedAt, now).compareTo(recheck) < 0) {
            return bundle;
        }
        checkedAt = now;
        try {
            Object identity = identity(store);
            if (!identity.equals(fileIdentity)) {
                fileIdentity = identity;
                Optional<ContentBundle> loaded = load(store);
                if (loaded.isPresent() && loaded.get().version() != bundle.version()) {
                    log.info("content {}: now using version {} (was {}), {} events", store.directory(),
                            loaded.get().version(), bundle.version(), loaded.get().events().size());
                    bundle = loaded.get();
                } else if (loaded.isEmpty()) {
                    log.warn("content {}: the installed bundle no longer verifies; keeping version {}",
                            store.directory(), bundle.version());
                }
            }
        } catch (IOException e) {
            log.warn("content {}: cannot look for a new bundle ({}); keeping version {}", store.directory(),
                    e.toString(), bundle.version());
        }
        return bundle;
    }

    @Override
    public List<Event> events() {
        return bundle().events();
    }

    @Override
    public Optional<Event> event(String id) {
        return bundle().event(id);
    }

    @Override
    public String pseudonymOf(String memberId) {
        return bundle().memberPseudonym().of(memberId);
    }
}
