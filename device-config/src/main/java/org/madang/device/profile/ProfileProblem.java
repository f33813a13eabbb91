package org.madang.device.profile;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a device profile, as data: which field, what value, which rule, and the
 * rule's arguments (allowed values, limits, examples). Text is made from it by the command line
 * from its message bundles, in Korean and English, so the rules stay free of wording.
 *
 * @param field the JSON path of the field, e.g. {@code site.dongCode} or {@code roles[1]}; {@code $}
 *     for the whole file
 * @param value the offending value as written (empty when missing; hidden for secrets)
 * @param code the rule that failed
 * @param args the rule's arguments, in the order its {@link Code} documents
 */
public record ProfileProblem(String field, String value, Code code, List<String> args) {

    /** The rule a value broke. Each constant lists its {@code args}. */
    public enum Code {
        /** The file is not JSON. Args: line, column, parser detail. */
        MALFORMED_JSON,
        /** The value has the wrong JSON type. Args: expected type. */
        WRONG_TYPE,
        /** A required field is absent. Args: an example value. */
        MISSING,
        /** A field this version does not know. Args: the known fields. */
        UNKNOWN_FIELD,
        /** A field this version does not know, close to a known one. Args: the suggestion, the known fields. */
        UNKNOWN_FIELD_DID_YOU_MEAN,
        /** The file's format version is not supported. Args: the supported version. */
        UNSUPPORTED_SCHEMA_VERSION,
        /** The device id has the wrong shape. Args: the pattern, an example. */
        DEVICE_ID_FORMAT,
        /** The dong code is not 10 ASCII digits. Args: an example. */
        DONG_CODE_FORMAT,
        /** The dong code's first two digits are no 시도. Args: those digits, the known codes, an example. */
        DONG_CODE_UNKNOWN_PROVINCE,
        /** Digits 6-8 are 000: the code names a 시군구, not a dong. Args: an example. */
        DONG_CODE_GU_LEVEL,
        /** The last two digits are not 00: the code names a 리, not a dong. Args: an example. */
        DONG_CODE_NOT_DONG_LEVEL,
        /** Text that must not be blank is blank. No args. */
        BLANK,
        /** Text is too long. Args: the limit, the actual length. */
        TOO_LONG,
        /** A list that needs at least one value is empty. Args: the allowed values. */
        EMPTY_LIST,
        /** A value outside its allowed set. Args: the allowed values. */
        NOT_ONE_OF,
        /** A value given twice in a list that must not repeat. No args. */
        DUPLICATE,
        /** The languages do not start with Korean. No args. */
        LOCALES_NOT_KOREAN_FIRST,
        /** The central URL cannot be parsed. Args: an example. */
        CENTRAL_URL_MALFORMED,
        /** The central URL is neither https nor loopback http. Args: an example. */
        CENTRAL_URL_SCHEME,
        /** Plain http to a host that is not this machine. Args: the host, the https form. */
        CENTRAL_URL_HTTP_NOT_LOOPBACK,
        /** The central URL has no host. Args: an example. */
        CENTRAL_URL_NO_HOST,
        /** The central URL carries a user name or password. No args. */
        CENTRAL_URL_CREDENTIALS,
        /** The central URL has a query or fragment. No args. */
        CENTRAL_URL_QUERY,
        /** A trusted key's {@code x} is not a base64url Ed25519 public key. No args. */
        KEY_X_INVALID,
        /** A trusted key carries its private part {@code d}. No args. */
        KEY_PRIVATE_PART,
        /** A path that must be absolute is not. Args: an example. */
        NOT_ABSOLUTE_PATH,
        /** The admin PIN is written in plain text. No args. */
        ADMIN_PIN_PLAIN,
        /** The PBKDF2 iteration count is out of range. Args: minimum, maximum, default. */
        ADMIN_PIN_ITERATIONS,
        /** The salt is not base64 of enough bytes. Args: the minimum bytes. */
        ADMIN_PIN_SALT,
        /** The hash is not base64 of the right length. Args: the length in bytes. */
        ADMIN_PIN_HASH,
        /** A GPIO pin number outside the header's BCM range. Args: the lowest, the highest. */
        PIN_OUT_OF_RANGE,
        /** Two peripherals on one GPIO pin. Args: the other field using it. */
        PIN_REUSED,
        /** A pin map given for a provider that drives no pins. Args: the provider. */
        PINS_NOT_ALLOWED
    }

    public ProfileProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    @Override
    public String toString() {
        // For logs and test failures; staff see the bundle text instead.
        return field + " = '" + value + "': " + code + " " + args;
    }
}
