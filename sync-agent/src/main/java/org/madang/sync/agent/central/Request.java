package org.madang.sync.agent.central;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request to the central.
 *
 * @param method upper-case HTTP method
 * @param path the absolute path, including the central URL's own path prefix
 * @param headers extra headers (signature, conditional request)
 * @param body the body as sent, if any
 * @param contentType the body's media type (ignored without a body)
 * @param contentEncoding the body's content coding, e.g. {@code gzip}
 */
public record Request(String method, String path, Map<String, String> headers, Optional<byte[]> body,
        String contentType, Optional<String> contentEncoding) {

    public Request {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(contentEncoding, "contentEncoding");
    }
}
