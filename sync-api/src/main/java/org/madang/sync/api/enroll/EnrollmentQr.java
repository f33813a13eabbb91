package org.madang.sync.api.enroll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.sync.api.wire.WireJson;

/**
 * The enrollment QR's text: {@code MADANG-ENROLL1:} followed by base64url (no padding) of a JSON
 * object {@code {"url","code","kid","x","site","siteName","roles","expires"}}. The version is in
 * the prefix, so a later format gets a new prefix and an old terminal says "not a code I know"
 * instead of misreading it. Unknown fields are ignored (a later version 1 central may add hints).
 */
public final class EnrollmentQr {

    /** Every enrollment QR text starts with this. */
    public static final String PREFIX = "MADANG-ENROLL1:";
    /** Longer texts are refused before decoding (a QR code of this kind is a few hundred characters). */
    public static final int MAX_LENGTH = 4096;

    private static final Pattern SITE = Pattern.compile("[0-9]{10}");
    private static final Pattern KID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int SHOWN = 60;

    private EnrollmentQr() {
    }

    /** The QR text of a ticket. */
    public static String format(EnrollmentTicket ticket) {
        ObjectNode json = WireJson.MAPPER.createObjectNode();
        json.put("url", ticket.centralUrl().toString());
        json.put("code", ticket.code());
        json.put("kid", ticket.kid());
        json.put("x", ticket.centralKey().jwkX());
        json.put("site", ticket.siteCode());
        json.put("siteName", ticket.siteName());
        ticket.roles().forEach(json.putArray("roles")::add);
        json.put("expires", ticket.expires().toString());
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Reads and checks a QR text (surrounding white space is ignored).
     *
     * @param now the device's time, to refuse an expired code before going to the central
     * @throws EnrollmentQrException naming every problem
     */
    public static EnrollmentTicket parse(String text, Instant now) throws EnrollmentQrException {
        String trimmed = text.strip();
        if (!trimmed.startsWith(PREFIX)) {
            throw refused(new EnrollmentQrException.Problem(EnrollmentQrException.Code.NOT_AN_ENROLLMENT_CODE, "",
                    shorten(trimmed), PREFIX + "…"));
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw refused(new EnrollmentQrException.Problem(EnrollmentQrException.Code.DAMAGED, "",
                    shorten(trimmed.substring(PREFIX.length())), "at most " + MAX_LENGTH + " characters"));
        }
        String payload = trimmed.substring(PREFIX.length());
        JsonNode json;
        try {
            json = WireJson.MAPPER.readTree(Base64.getUrlDecoder().decode(payload));
        } catch (IllegalArgumentException | java.io.IOException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            throw refused(new EnrollmentQrException.Problem(EnrollmentQrException.Code.DAMAGED, "", shorten(payload),
                    "base64url of a JSON object"));
        }
        List<EnrollmentQrException.Problem> problems = new ArrayList<>();
        Optional<URI> url = text(json, "url", problems).flatMap(u -> url(u, problems));
        Optional<String> code = text(json, "code", problems);
        Optional<String> kid = text(json, "kid", problems).filter(k -> matches(KID, "kid", k,
                "1 to 64 letters, digits, '.', '_' or '-'", problems));
        Optional<Ed25519PublicKey> key = text(json, "x", problems).flatMap(x -> key(x, problems));
        Optional<String> site = text(json, "site", problems).filter(s -> matches(SITE, "site", s,
                "a 10-digit administrative dong code", problems));
        Optional<String> siteName = text(json, "siteName", problems);
        Optional<List<String>> roles = roles(json, problems);
        Optional<Instant> expires = text(json, "expires", problems).flatMap(e -> instant(e, problems));
        if (expires.isPresent() && !now.isBefore(expires.get())) {
            problems.add(new EnrollmentQrException.Problem(EnrollmentQrException.Code.EXPIRED, "expires",
                    expires.get().toString(), "a time after now (" + now + ")"));
        }
        if (!problems.isEmpty()) {
            throw new EnrollmentQrException(problems);
        }
        return new EnrollmentTicket(url.orElseThrow(), code.orElseThrow(), kid.orElseThrow(), key.orElseThrow(),
                site.orElseThrow(), siteName.orElseThrow(), roles.orElseThrow(), expires.orElseThrow());
    }

    private static Optional<String> text(JsonNode json, String field, List<EnrollmentQrException.Problem> problems) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            problems.add(new EnrollmentQrException.Problem(EnrollmentQrException.Code.MISSING, field, "", "a value"));
            return Optional.empty();
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problems.add(new EnrollmentQrException.Problem(EnrollmentQrException.Code.INVALID, field,
                    shorten(node.toString()), "a non-empty string"));
            return Optional.empty();
        }
        return Optional.of(node.asText().strip());
    }

    private static boolean matches(Pattern pattern, String field, String value, String expected,
            List<EnrollmentQrException.Problem> problems) {
        if (pattern.matcher(value).matches()) {
            return true;
        }
        problems.add(new EnrollmentQrException.Problem(EnrollmentQrException.Code.INVALID, field, shorten(value), expected));
        return false;
    }

    private static Optional<URI> url(String text, List<EnrollmentQrException.Problem> problems) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            problems.add(new EnrollmentQrException.Problem(EnrollmentQrException.Code.INVALID, "url", shorten(text),
                    "an absolute URL such as https://central.example.go.kr/madang/, without user, query or fragment"));
            return Optional.empty();
        }
        if (!CentralUrls.isAllowed(uri)) {
            problems.add(new EnrollmentQrException.Problem(EnrollmentQrException.Code.URL_NOT_HTTPS, "url", shorten(text),
                    "https, or http only to this machine (127.0.0.1, localhost)"));
            return Optional.empty();
        }
        return Optional.of(text.endsWith("/") ? uri : URI.create(text + "/"));
    }

    private static Optional<Ed25519PublicKey> key(String x, List<EnrollmentQrException.Problem> problems) {
        try {
            return Optional.of(Ed25519PublicKey.ofJwkX(x));
        } catch (IllegalArgumentException e) {
            problems.add(new EnrollmentQrException.Problem(EnrollmentQrException.Code.INVALID, "x", shorten(x),
                    "an Ed25519 public key, 43 base64url characters"));
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(String text, List<EnrollmentQrException.Problem> problems) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(new EnrollmentQrException.Problem(EnrollmentQrException.Code.INVALID, "expires", shorten(text),
                    "an ISO-8601 UTC time such as 2026-11-23T09:00:00Z"));
            return Optional.empty();
        }
    }

    private static Optional<List<String>> roles(JsonNode json, List<EnrollmentQrException.Problem> problems) {
        JsonNode node = json.get("roles");
        if (node == null || node.isNull()) {
            problems.add(new EnrollmentQrException.Problem(EnrollmentQrException.Code.MISSING, "roles", "",
                    "a list of roles"));
            return Optional.empty();
        }
        List<String> roles = new ArrayList<>();
        boolean ok = node.isArray() && !node.isEmpty();
        for (JsonNode role : node) {
            ok &= role.isTextual() && !role.asText().isBlank();
            roles.add(role.asText());
        }
        if (!ok) {
            problems.add(new EnrollmentQrException.Problem(EnrollmentQrException.Code.INVALID, "roles",
                    shorten(node.toString()), "a non-empty list of role names such as [\"checkin\"]"));
            return Optional.empty();
        }
        return Optional.of(roles);
    }

    private static EnrollmentQrException refused(EnrollmentQrException.Problem problem) {
        return new EnrollmentQrException(List.of(problem));
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\p{Cntrl}", "?");
        return line.length() <= SHOWN ? line : line.substring(0, SHOWN) + "…";
    }
}
