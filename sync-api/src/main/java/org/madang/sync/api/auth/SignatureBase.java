package org.madang.sync.api.auth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the RFC 9421 signature base for Madang's one signature profile: components
 * {@code "@method" "@path" ["@query"] ["content-digest"]} and parameters
 * {@code created, nonce, keyid, alg="ed25519"}, label {@code sig1}.
 */
final class SignatureBase {

    static final String LABEL = "sig1";
    static final String ALGORITHM = "ed25519";

    private SignatureBase() {
    }

    /** The covered component names for a request, in order. */
    static List<String> components(RequestLine request) {
        List<String> names = new ArrayList<>(4);
        names.add("@method");
        names.add("@path");
        if (request.rawQuery().isPresent()) {
            names.add("@query");
        }
        if (request.body().isPresent()) {
            names.add("content-digest");
        }
        return names;
    }

    /** The serialised signature parameters: the value of Signature-Input after {@code sig1=}. */
    static String parameters(List<String> components, long created, String nonce, String keyId) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < components.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append('"').append(components.get(i)).append('"');
        }
        return out.append(");created=").append(created)
                .append(";nonce=\"").append(nonce)
                .append("\";keyid=\"").append(keyId)
                .append("\";alg=\"").append(ALGORITHM).append('"')
                .toString();
    }

    /** The bytes that are signed. */
    static byte[] of(RequestLine request, String contentDigest, String parameters) {
        StringBuilder base = new StringBuilder(256);
        base.append("\"@method\": ").append(request.method()).append('\n');
        base.append("\"@path\": ").append(request.path()).append('\n');
        request.rawQuery().ifPresent(query -> base.append("\"@query\": ?").append(query).append('\n'));
        if (request.body().isPresent()) {
            base.append("\"content-digest\": ").append(contentDigest).append('\n');
        }
        base.append("\"@signature-params\": ").append(parameters);
        return base.toString().getBytes(StandardCharsets.UTF_8);
    }
}
