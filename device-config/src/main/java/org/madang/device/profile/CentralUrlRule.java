package org.madang.device.profile;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.madang.sync.api.enroll.CentralUrls;

/**
 * The central server's base URL: https, or plain http only to this machine (a developer's central
 * or a local relay), because records and PIN-protected actions must not cross a network in clear.
 * Loopback is decided from the text alone, never by a DNS lookup: the device may be offline, and
 * a name such as {@code localhost.example.com} must not pass.
 */
final class CentralUrlRule {

    static final String EXAMPLE = "https://central.example.go.kr/madang/";

    private CentralUrlRule() {
    }

    /** The URL, normalised to end in {@code /}, or empty after adding one problem. */
    static Optional<URI> check(String field, String text, ProblemList problems) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            problems.add(field, text, ProfileProblem.Code.CENTRAL_URL_MALFORMED, EXAMPLE);
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            problems.add(field, text, ProfileProblem.Code.CENTRAL_URL_SCHEME, EXAMPLE);
            return Optional.empty();
        }
        if (uri.getHost() == null) {
            problems.add(field, text, ProfileProblem.Code.CENTRAL_URL_NO_HOST, EXAMPLE);
            return Optional.empty();
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            problems.add(field, text, ProfileProblem.Code.CENTRAL_URL_HTTP_NOT_LOOPBACK, uri.getHost(),
                    "https" + text.substring(scheme.length()));
            return Optional.empty();
        }
        if (uri.getRawUserInfo() != null) {
            problems.add(field, ProblemList.HIDDEN, ProfileProblem.Code.CENTRAL_URL_CREDENTIALS);
            return Optional.empty();
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            problems.add(field, text, ProfileProblem.Code.CENTRAL_URL_QUERY);
            return Optional.empty();
        }
        return Optional.of(withTrailingSlash(uri));
    }

    static boolean isLoopback(String host) {
        // One rule for the profile and the enrollment QR, kept where both can use it.
        return CentralUrls.isLoopback(host);
    }

    // The sync agent resolves endpoints against this URL; without the slash "records" would
    // replace the last path segment instead of being appended to it.
    private static URI withTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? uri : URI.create(text + "/");
    }
}
