package org.madang.sync.api.auth;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;


/**
 * The received {@code Signature-Input} and {@code Signature} headers, parsed strictly for
 * Madang's profile (RFC 8941 inner list with parameters; one label, {@code sig1}).
 */
record SignatureHeaders(List<String> components, String parameters, long created, String nonce, String keyId,
        byte[] signature) {

    static final String SIGNATURE_INPUT = "Signature-Input";
    static final String SIGNATURE = "Signature";

    /** Parses both headers, refusing anything outside Madang's profile. */
    static SignatureHeaders parse(String input, String signature) throws AuthException {
        if (input == null || signature == null) {
            throw AuthException.signature("the request is not signed: Signature-Input and Signature headers are required");
        }
        String prefix = SignatureBase.LABEL + "=";
        input = input.strip();
        signature = signature.strip();
        if (!input.startsWith(prefix + "(") || !signature.startsWith(prefix + ":") || !signature.endsWith(":")) {
            throw AuthException.signature("expected one signature labelled '" + SignatureBase.LABEL + "'");
        }
        String parameters = input.substring(prefix.length());
        int close = parameters.indexOf(')');
        if (close < 0) {
            throw AuthException.signature("Signature-Input has no closing ')'");
        }
        List<String> components = new ArrayList<>();
        for (String item : parameters.substring(1, close).trim().split(" +")) {
            if (item.isEmpty()) {
                continue;
            }
            if (item.length() < 2 || !item.startsWith("\"") || !item.endsWith("\"")) {
                throw AuthException.signature("Signature-Input component " + item + " is not a quoted string");
            }
            components.add(item.substring(1, item.length() - 1));
        }
        Long created = null;
        String nonce = null;
        String keyId = null;
        String alg = null;
        for (String parameter : parameters.substring(close + 1).split(";")) {
            String trimmed = parameter.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals < 0) {
                throw AuthException.signature("Signature-Input parameter '" + trimmed + "' has no value");
            }
            String name = trimmed.substring(0, equals);
            String value = trimmed.substring(equals + 1);
            switch (name) {
                case "created" -> created = integer(value);
                case "nonce" -> nonce = token(value, name);
                case "keyid" -> keyId = token(value, name);
                case "alg" -> alg = token(value, name);
                default -> throw AuthException.signature("Signature-Input parameter '" + name + "' is not part of the profile");
            }
        }
        if (created == null || nonce == null || keyId == null) {
            throw AuthException.signature("Signature-Input needs created, nonce and keyid");
        }
        if (alg != null && !alg.equals(SignatureBase.ALGORITHM)) {
            throw AuthException.signature("signature algorithm '" + alg + "' is refused; use ed25519");
        }
        if (nonce.length() < 16 || nonce.length() > 64) {
            throw AuthException.signature("nonce must be 16 to 64 characters");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(signature.substring(prefix.length() + 1, signature.length() - 1));
        } catch (IllegalArgumentException e) {
            throw AuthException.signature("Signature is not base64");
        }
        if (bytes.length != 64) {
            throw AuthException.signature("an Ed25519 signature is 64 bytes, got " + bytes.length);
        }
        return new SignatureHeaders(List.copyOf(components), parameters, created, nonce, keyId, bytes);
    }

    private static long integer(String value) throws AuthException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw AuthException.signature("created must be an integer, got " + value);
        }
    }

    private static String token(String value, String name) throws AuthException {
        if (value.length() < 2 || !value.startsWith("\"") || !value.endsWith("\"")
                || !value.substring(1, value.length() - 1).matches("[A-Za-z0-9_\\-]*")) {
            throw AuthException.signature("Signature-Input parameter " + name + " must be a quoted token");
        }
        return value.substring(1, value.length() - 1);
    }

}
