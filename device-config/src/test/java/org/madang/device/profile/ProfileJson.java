package org.madang.device.profile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.madang.journal.signing.Ed25519KeyPair;

/** The example profile of the documentation as a mutable tree, and a way to collect its problems. */
final class ProfileJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ProfileJson() {
    }

    static ObjectNode valid() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", 1);
        root.put("deviceId", "gwangsan-wolgok1-01");
        root.putObject("site").put("dongCode", "1114055000").put("dongName", "명동");
        root.putArray("roles").add("checkin").add("vote").add("survey");
        root.putArray("locales").add("ko").add("en");
        root.put("centralUrl", "https://central.example.go.kr/madang/");
        root.putArray("trustedCentralKeys").addObject().put("kty", "OKP").put("crv", "Ed25519").put("kid", "central-2026")
                .put("x", Ed25519KeyPair.generate(new SecureRandom()).publicKey().jwkX());
        root.put("dataDir", "/var/lib/madang");
        root.putObject("peripherals").put("provider", "none");
        return root;
    }

    /** The problems of an invalid tree (fails the test if it is valid). */
    static List<ProfileProblem> problemsOf(ObjectNode tree) {
        List<ProfileProblem> found = new ArrayList<>();
        assertThatThrownBy(() -> DeviceProfiles.fromTree(tree))
                .isInstanceOfSatisfying(ProfileException.class, e -> found.addAll(e.problems()));
        return found;
    }

    /** The problems of invalid JSON text. */
    static List<ProfileProblem> problemsOf(String json) {
        List<ProfileProblem> found = new ArrayList<>();
        assertThatThrownBy(() -> DeviceProfiles.parse(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ProfileException.class, e -> found.addAll(e.problems()));
        return found;
    }
}
