package org.madang.kiosk.testing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.madang.device.content.ContentBundles;
import org.madang.device.content.ContentStore;
import org.madang.journal.signing.Ed25519KeyPair;

/** Installs a small signed content bundle (one event) into a device's content store, as the sync agent would. */
public final class TestContent {

    private TestContent() {
    }

    /** Bundle {@code version} with the one event {@code eventId}, signed by {@code central} as {@code kid}. */
    public static void install(ContentStore store, Ed25519KeyPair central, String kid, int version, String eventId)
            throws Exception {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schemaVersion", ContentBundles.SCHEMA_VERSION);
        root.put("version", version);
        root.put("issuedAt", "2026-11-22T00:00:00Z");
        root.put("district", "테스트구");
        root.putObject("memberHashKey").put("id", "m1").put("key", Base64.getEncoder().encodeToString(new byte[32]));
        ObjectNode event = root.putArray("events").addObject();
        event.put("id", eventId);
        event.putObject("title").put("ko", "행사").put("en", "Event");
        event.put("start", "2026-11-21T00:00:00+09:00");
        event.put("end", "2026-11-30T00:00:00+09:00");
        event.put("points", 100);
        event.put("limit", "once-per-event");
        root.putArray("revocations");
        store.install(ContentBundles.sign(root, central, kid).getBytes(StandardCharsets.US_ASCII));
    }
}
