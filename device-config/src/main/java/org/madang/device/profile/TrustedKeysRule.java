package org.madang.device.profile;

import org.madang.device.validation.JsonFields;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.madang.journal.signing.Ed25519PublicKey;

/**
 * The central keys as a JWK list (RFC 7517, OKP/Ed25519 of RFC 8037): public keys only, kids
 * unique. Empty is allowed: enrolment fills the list later.
 */
final class TrustedKeysRule {

    static final String EXAMPLE = "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"kid\":\"central-2026\",\"x\":\"…\"}";

    private static final List<String> MEMBERS = List.of("kty", "crv", "kid", "x", "alg", "use");
    private static final int MAX_KID_LENGTH = 64;

    private TrustedKeysRule() {
    }

    static List<TrustedKey> check(String field, JsonNode array, ProblemList problems) {
        List<TrustedKey> keys = new ArrayList<>();
        Set<String> kids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String path = field + "[" + i + "]";
            JsonNode jwk = array.get(i);
            if (!jwk.isObject()) {
                problems.add(path, jwk, ProfileProblem.Code.WRONG_TYPE, "object");
                continue;
            }
            if (jwk.has("d")) {
                // Checked before anything else: a private key here has leaked and must be replaced.
                problems.add(path + ".d", ProblemList.HIDDEN, ProfileProblem.Code.KEY_PRIVATE_PART);
                continue;
            }
            key(path, new JsonFields(jwk, path, problems), kids, problems).ifPresent(keys::add);
        }
        return keys;
    }

    private static Optional<TrustedKey> key(String path, JsonFields jwk, Set<String> kids, ProblemList problems) {
        jwk.rejectUnknown(MEMBERS);
        int before = problems.size();
        jwk.text("kty", "OKP").ifPresent(kty -> fixed(jwk.path("kty"), kty, "OKP", problems));
        jwk.text("crv", "Ed25519").ifPresent(crv -> fixed(jwk.path("crv"), crv, "Ed25519", problems));
        if (jwk.has("alg")) {
            jwk.text("alg", "EdDSA").ifPresent(alg -> fixed(jwk.path("alg"), alg, "EdDSA", problems));
        }
        if (jwk.has("use")) {
            jwk.text("use", "sig").ifPresent(use -> fixed(jwk.path("use"), use, "sig", problems));
        }
        Optional<String> kid = jwk.text("kid", "central-2026");
        kid.ifPresent(k -> {
            if (k.isBlank()) {
                problems.add(jwk.path("kid"), k, ProfileProblem.Code.BLANK);
            } else if (k.length() > MAX_KID_LENGTH) {
                problems.add(jwk.path("kid"), k, ProfileProblem.Code.TOO_LONG, MAX_KID_LENGTH, k.length());
            } else if (!kids.add(k)) {
                problems.add(jwk.path("kid"), k, ProfileProblem.Code.DUPLICATE);
            }
        });
        Optional<Ed25519PublicKey> key = jwk.text("x", "<base64url of 32 bytes>").flatMap(x -> {
            try {
                return Optional.of(Ed25519PublicKey.ofJwkX(x));
            } catch (IllegalArgumentException e) {
                problems.add(jwk.path("x"), x, ProfileProblem.Code.KEY_X_INVALID);
                return Optional.empty();
            }
        });
        if (problems.size() != before || kid.isEmpty() || key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TrustedKey(kid.get(), key.get()));
    }

    private static void fixed(String field, String value, String expected, ProblemList problems) {
        if (!value.equals(expected)) {
            problems.add(field, value, ProfileProblem.Code.NOT_ONE_OF, expected);
        }
    }
}
