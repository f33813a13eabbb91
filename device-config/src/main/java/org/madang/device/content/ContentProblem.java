package org.madang.device.content;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a content bundle, as data: which field, what value, which rule, and the
 * rule's arguments. The command line words it from its bundles ({@code content.problem.<CODE>}),
 * in Korean and English, the way profile problems are worded.
 *
 * @param field the JSON path, e.g. {@code events[1].points}; {@code $} for the whole bundle
 * @param value the offending value as written (empty when missing), at most 80 characters
 * @param code the rule that failed
 * @param args the rule's arguments, in the order its {@link Code} documents
 */
public record ContentProblem(String field, String value, Code code, List<String> args) {

    /** The rule a bundle broke. Each constant lists its {@code args}. */
    public enum Code {
        /** Not a compact JWS. Args: what is wrong with it. */
        NOT_A_JWS,
        /** The JWS header's typ is not madang-content. Args: the expected typ. */
        NOT_CONTENT,
        /** The JWS is not EdDSA, or carries crit extensions. No args. */
        ALGORITHM_REFUSED,
        /** The JWS header names no key. No args. */
        KEY_ID_MISSING,
        /** The JWS is signed with a key the profile does not trust. Args: the trusted kids. */
        KEY_UNKNOWN,
        /** The signature does not verify: the file was altered or damaged. No args. */
        SIGNATURE_INVALID,
        /** The payload is not JSON. Args: line, column, parser detail. */
        MALFORMED_JSON,
        /** The value has the wrong JSON type. Args: expected type. */
        WRONG_TYPE,
        /** A required field is absent. Args: an example value. */
        MISSING,
        /** A field this version does not know. Args: the known fields. */
        UNKNOWN_FIELD,
        /** The format version is not supported. Args: the supported version. */
        UNSUPPORTED_SCHEMA_VERSION,
        /** A number below its minimum or above its maximum. Args: minimum, maximum. */
        OUT_OF_RANGE,
        /** Not an ISO-8601 instant. Args: an example. */
        NOT_AN_INSTANT,
        /** Text that must not be blank is blank. No args. */
        BLANK,
        /** Text is too long. Args: the limit, the actual length. */
        TOO_LONG,
        /** An id with characters outside its pattern. Args: the pattern, an example. */
        ID_FORMAT,
        /** A value given twice where it must be unique. No args. */
        DUPLICATE,
        /** An event ends at or before its start. Args: the start. */
        END_NOT_AFTER_START,
        /** A site code that is not 10 ASCII digits. Args: an example. */
        SITE_CODE_FORMAT,
        /** A value outside its allowed set. Args: the allowed values. */
        NOT_ONE_OF,
        /** The member hash key is not base64 of the right length. Args: the length in bytes. */
        HASH_KEY_LENGTH,
        /** The bundle is not newer than the installed one. Args: the installed version. */
        ROLLBACK,
        /** A poll or survey closes at or before it opens. Args: the opening. */
        CLOSES_NOT_AFTER_OPENS,
        /** A list that needs at least one element is empty. Args: an example. */
        EMPTY,
        /** A limit larger than the number of items or options there are. Args: how many there are. */
        MORE_THAN_OFFERED,
        /** A maximum below its minimum. Args: the minimum. */
        MAX_BELOW_MIN,
        /** A budget smaller than every item's cost: no ballot but a blank one fits. Args: the cheapest cost. */
        NOTHING_FITS_BUDGET,
        /** Not a valid 10-digit administrative dong code. Args: an example. */
        DONG_CODE_INVALID,
        /** A poll's seal key is not base64url of a usable X25519 public key. Args: the length in bytes. */
        SEAL_KEY_LENGTH,
        /** A voucher code salt is not base64url of enough bytes. Args: the fewest bytes. */
        SALT_LENGTH,
        /** Not lower-case hexadecimal of the right length. Args: the number of hex digits. */
        NOT_HEX,
        /** A survey question's condition names no question before it. Args: the earlier question ids. */
        NOT_AN_EARLIER_QUESTION,
        /** A condition's value the question it names cannot give. Args: the answers it can give. */
        NOT_A_POSSIBLE_ANSWER,
        /** Survey points neither 0 nor within the range. Args: minimum, maximum. */
        POINTS_RANGE,
        /** A survey that records who answered has no consent screen. No args. */
        IDENTIFIED_WITHOUT_CONSENT
    }

    public ContentProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    @Override
    public String toString() {
        return field + " = '" + value + "': " + code + " " + args;
    }
}
