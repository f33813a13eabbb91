package org.madang.sync.api.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * What a request signature covers (decision 0010): the method, the path, the query if any, and
 * the body's digest if there is a body.
 *
 * @param method upper-case HTTP method
 * @param path the request path as sent, starting with '/'
 * @param rawQuery the query without its '?', or empty
 * @param body the body bytes as sent (after content coding), or empty for none
 */
public record RequestLine(String method, String path, Optional<String> rawQuery, Optional<byte[]> body) {

    public RequestLine {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rawQuery, "rawQuery");
        Objects.requireNonNull(body, "body");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
        rawQuery = rawQuery.filter(q -> !q.isEmpty());
    }

    /** A request without a body or query. */
    public static RequestLine of(String method, String path) {
        return new RequestLine(method, path, Optional.empty(), Optional.empty());
    }

    /** A request with a body and no query. */
    public static RequestLine withBody(String method, String path, byte[] body) {
        return new RequestLine(method, path, Optional.empty(), Optional.of(body));
    }
}
