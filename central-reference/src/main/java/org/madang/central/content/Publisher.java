package org.madang.central.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.madang.central.store.Database;
import org.madang.central.store.Publication;
import org.madang.central.store.Publications;
import org.madang.device.content.ContentBundles;
import org.madang.device.content.ContentException;
import org.madang.device.content.ContentProblem;
import org.madang.journal.signing.Ed25519KeyPair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes content bundles: numbers them (latest + 1), stamps the time, signs them with the
 * central's key and validates the signed bundle exactly as a device will ({@link
 * ContentBundles#read}), so a bundle devices would refuse is never published.
 */
public final class Publisher {

    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    private final Database database;
    private final Clock clock;
    private final Ed25519KeyPair key;
    private final String kid;

    public Publisher(Database database, Clock clock, Ed25519KeyPair key, String kid) {
        this.database = database;
        this.clock = clock;
        this.key = key;
        this.kid = kid;
    }

    /**
     * Publishes a payload (its {@code version} and {@code issuedAt} are set here).
     *
     * @return the new version
     * @throws ContentRejected listing every problem; nothing is published
     */
    public int publish(JsonNode payload) throws SQLException, ContentRejected {
        if (!payload.isObject()) {
            throw new ContentRejected(java.util.List.of(new ContentProblem("$", payload.getNodeType().toString(),
                    ContentProblem.Code.WRONG_TYPE, java.util.List.of("object"))), null);
        }
        try {
            return database.transaction(c -> {
                int version = Publications.latestVersion(c) + 1;
                Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
                ObjectNode stamped = ((ObjectNode) payload).deepCopy();
                if (!stamped.has("schemaVersion")) {
                    stamped.put("schemaVersion", ContentBundles.SCHEMA_VERSION);
                }
                stamped.put("version", version);
                stamped.put("issuedAt", issuedAt.toString());
                String jws = ContentBundles.sign(stamped, key, kid);
                try {
                    ContentBundles.read(jws.getBytes(StandardCharsets.US_ASCII), Map.of(kid, key.publicKey()));
                } catch (ContentException e) {
                    throw new Invalid(new ContentRejected(e.problems(), e));
                }
                Publications.insert(c, new Publication(version, issuedAt, stamped.toString(), jws));
                LOG.info("content version {} published", version);
                return version;
            });
        } catch (Invalid e) {
            throw e.rejected;
        }
    }

    /** The bundle devices download now. */
    public Optional<Publication> latest() throws SQLException {
        return database.transaction(Publications::latest);
    }

    /** Carries a validation failure out of the transaction (which it rolls back). */
    private static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ContentRejected rejected;

        Invalid(ContentRejected rejected) {
            super(rejected.getMessage(), rejected, false, false);
            this.rejected = rejected;
        }
    }
}
