package org.madang.device.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;
import org.madang.device.jose.CompactJws;
import org.madang.device.jose.EdDsaSigner;
import org.madang.device.jose.MalformedJwsException;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.Ed25519PublicKey;

/**
 * Reads content bundles (a compact JWS, {@code typ: madang-content}, EdDSA, a trusted {@code kid},
 * whose payload is the bundle's JSON) and, for the central, the demo and tests, signs them.
 *
 * <p>The signature is checked before the payload is looked at; then every field is validated and
 * every problem reported at once.
 */
public final class ContentBundles {

    /** The JWS header's {@code typ}. */
    public static final String HEADER_TYPE = "madang-content";
    /** The payload format this software reads. */
    public static final int SCHEMA_VERSION = 1;
    /** Bundles larger than this are refused unread; a district's bundle is some kilobytes. */
    public static final int MAX_CHARS = 8 * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ContentBundles() {
    }

    /**
     * Verifies and validates a bundle as read from a file (surrounding white space is ignored).
     *
     * @param trusted the profile's central keys by kid
     * @throws ContentException listing every problem
     */
    public static ContentBundle read(byte[] jws, Map<String, Ed25519PublicKey> trusted) throws ContentException {
        String text = new String(jws, StandardCharsets.US_ASCII).strip();
        CompactJws parsed;
        try {
            parsed = CompactJws.parse(text, MAX_CHARS);
        } catch (MalformedJwsException e) {
            throw Problems.single("$", "", ContentProblem.Code.NOT_A_JWS, e.getMessage());
        }
        String kid = parsed.headerText("kid").orElse("");
        switch (parsed.checkSignature(trusted)) {
            case ALGORITHM_REFUSED -> throw Problems.single("$.alg", parsed.headerText("alg").orElse(""),
                    ContentProblem.Code.ALGORITHM_REFUSED);
            case KEY_ID_MISSING -> throw Problems.single("$.kid", "", ContentProblem.Code.KEY_ID_MISSING);
            case KEY_UNKNOWN -> throw Problems.single("$.kid", kid, ContentProblem.Code.KEY_UNKNOWN,
                    trusted.isEmpty() ? "-" : String.join(", ", new TreeSet<>(trusted.keySet())));
            case SIGNATURE_INVALID -> throw Problems.single("$", "", ContentProblem.Code.SIGNATURE_INVALID);
            case VALID -> {
                // go on
            }
        }
        String type = parsed.headerText("typ").orElse("");
        if (!type.equals(HEADER_TYPE)) {
            throw Problems.single("$.typ", type, ContentProblem.Code.NOT_CONTENT, HEADER_TYPE);
        }
        return parsePayload(parsed.payload());
    }

    /** Validates a payload whose signature was already checked. */
    static ContentBundle parsePayload(byte[] json) throws ContentException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw Problems.single("$", "", ContentProblem.Code.MALFORMED_JSON, where == null ? 0 : where.getLineNr(),
                    where == null ? 0 : where.getColumnNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalStateException("reading JSON from memory cannot fail with I/O", e);
        }
        return ContentValidator.validate(tree);
    }

    /** Signs a bundle payload: what the central does. The payload is not validated here. */
    public static String sign(JsonNode payload, Ed25519KeyPair key, String kid) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(kid)
                .type(new JOSEObjectType(HEADER_TYPE)).build();
        byte[] bytes;
        try {
            bytes = MAPPER.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
        JWSObject jws = new JWSObject(header, new Payload(bytes));
        try {
            jws.sign(new EdDsaSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("EdDSA signing with a valid key cannot fail", e);
        }
        return jws.serialize();
    }
}
