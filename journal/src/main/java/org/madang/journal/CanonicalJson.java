package org.madang.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A JSON object in its one canonical byte form: UTF-8, object keys sorted by code point, no
 * insignificant white space, integers only.
 *
 * <p>Record hashes are computed over these exact bytes, so the same body always hashes the same
 * on the device and at the central. Floating-point numbers are refused because their textual
 * form differs between JSON libraries; put decimals in strings.
 */
public final class CanonicalJson {

    /** The largest body a record may carry; a kiosk record is a few hundred bytes. */
    public static final int MAX_BYTES = 64 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final byte[] bytes;

    private CanonicalJson(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Canonicalises any value Jackson can turn into a JSON object (a map, a record, a tree). */
    public static CanonicalJson of(Object value) {
        JsonNode tree = value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException("a record body must be a JSON object, got "
                    + (tree == null ? "null" : tree.getNodeType()));
        }
        JsonNode canonical = canonicalise(tree, "$");
        byte[] bytes;
        try {
            bytes = MAPPER.writeValueAsBytes(canonical);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("record body cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("record body is " + bytes.length + " bytes; at most "
                    + MAX_BYTES + " are allowed");
        }
        return new CanonicalJson(bytes);
    }

    /** Parses JSON text (any key order, any spacing) into its canonical form. */
    public static CanonicalJson parse(String json) {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses JSON bytes (any key order, any spacing) into their canonical form. */
    public static CanonicalJson parse(byte[] json) {
        try {
            return of(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Wraps bytes read back from storage without re-canonicalising them: a tampered body must
     * keep its tampered bytes so that verification sees the hash mismatch.
     */
    public static CanonicalJson fromStoredBytes(byte[] stored) {
        return new CanonicalJson(stored.clone());
    }

    /** The canonical bytes (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Number of canonical bytes. */
    public int length() {
        return bytes.length;
    }

    /** The body as a Jackson tree, for readers. */
    public JsonNode tree() {
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("stored body is not JSON", e);
        }
    }

    /** The canonical text. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static JsonNode canonicalise(JsonNode node, String path) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
            // Code-point order of the keys (String.compareTo is UTF-16 order, equal for the BMP,
            // which is every key Madang writes).
            fields.sort(Map.Entry.comparingByKey());
            ObjectNode sorted = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : fields) {
                sorted.set(field.getKey(), canonicalise(field.getValue(), path + "." + field.getKey()));
            }
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            int index = 0;
            for (JsonNode element : node) {
                array.add(canonicalise(element, path + "[" + index++ + "]"));
            }
            return array;
        }
        if (node.isNumber() && !node.isIntegralNumber()) {
            throw new IllegalArgumentException("record body field " + path + " is a floating-point number ("
                    + node.asText() + "); use an integer or a string so the canonical bytes are unambiguous");
        }
        return node;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CanonicalJson that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return text();
    }
}
