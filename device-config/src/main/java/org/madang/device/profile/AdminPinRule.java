package org.madang.device.profile;

import org.madang.device.validation.JsonFields;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.madang.device.pin.AdminPinHash;

/**
 * The optional {@code adminPin}: a PBKDF2 hash with enough iterations, never the PIN itself.
 * Values under it are never echoed in problems: even the hash lets a 6-digit PIN be brute-forced.
 */
final class AdminPinRule {

    private static final List<String> MEMBERS = List.of("algorithm", "iterations", "salt", "hash");

    private AdminPinRule() {
    }

    static Optional<AdminPinHash> check(String field, JsonNode node, ProblemList problems) {
        if (!node.isObject()) {
            // A string or a number here is almost certainly the PIN typed in by hand.
            if (node.isTextual() || node.isNumber()) {
                problems.add(field, ProblemList.HIDDEN, ProfileProblem.Code.ADMIN_PIN_PLAIN);
            } else {
                problems.add(field, node, ProfileProblem.Code.WRONG_TYPE, "object");
            }
            return Optional.empty();
        }
        JsonFields pin = new JsonFields(node, field, problems);
        pin.rejectUnknown(MEMBERS);
        int before = problems.size();
        pin.text("algorithm", AdminPinHash.ALGORITHM).ifPresent(algorithm -> {
            if (!algorithm.equals(AdminPinHash.ALGORITHM)) {
                problems.add(pin.path("algorithm"), algorithm, ProfileProblem.Code.NOT_ONE_OF, AdminPinHash.ALGORITHM);
            }
        });
        OptionalInt iterations = pin.integer("iterations", String.valueOf(AdminPinHash.DEFAULT_ITERATIONS));
        if (iterations.isPresent() && (iterations.getAsInt() < AdminPinHash.MIN_ITERATIONS
                || iterations.getAsInt() > AdminPinHash.MAX_ITERATIONS)) {
            problems.add(pin.path("iterations"), String.valueOf(iterations.getAsInt()), ProfileProblem.Code.ADMIN_PIN_ITERATIONS,
                    AdminPinHash.MIN_ITERATIONS, AdminPinHash.MAX_ITERATIONS, AdminPinHash.DEFAULT_ITERATIONS);
        }
        Optional<byte[]> salt = bytes(pin, "salt", problems)
                .filter(s -> valid(s.length >= AdminPinHash.SALT_BYTES, pin.path("salt"), problems,
                        ProfileProblem.Code.ADMIN_PIN_SALT, AdminPinHash.SALT_BYTES));
        Optional<byte[]> hash = bytes(pin, "hash", problems)
                .filter(h -> valid(h.length == AdminPinHash.HASH_BYTES, pin.path("hash"), problems,
                        ProfileProblem.Code.ADMIN_PIN_HASH, AdminPinHash.HASH_BYTES));
        if (problems.size() != before || iterations.isEmpty() || salt.isEmpty() || hash.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AdminPinHash(iterations.getAsInt(), salt.get(), hash.get()));
    }

    private static Optional<byte[]> bytes(JsonFields pin, String name, ProblemList problems) {
        ProfileProblem.Code code = name.equals("salt") ? ProfileProblem.Code.ADMIN_PIN_SALT : ProfileProblem.Code.ADMIN_PIN_HASH;
        int size = name.equals("salt") ? AdminPinHash.SALT_BYTES : AdminPinHash.HASH_BYTES;
        return pin.text(name, "<base64>").flatMap(text -> {
            try {
                return Optional.of(Base64.getDecoder().decode(text));
            } catch (IllegalArgumentException e) {
                problems.add(pin.path(name), ProblemList.HIDDEN, code, size);
                return Optional.empty();
            }
        });
    }

    private static boolean valid(boolean ok, String field, ProblemList problems, ProfileProblem.Code code, int size) {
        if (!ok) {
            problems.add(field, ProblemList.HIDDEN, code, size);
        }
        return ok;
    }
}
