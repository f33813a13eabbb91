package org.madang.device.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.madang.journal.diagnostics.LatencySummary;

/** The --json form of command output: indented, field names in English and stable across languages. */
final class JsonOutput {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonOutput() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String text(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** A latency summary in microseconds, rounded to 0.1 µs. */
    static ObjectNode latency(LatencySummary summary) {
        ObjectNode node = object();
        node.put("samples", summary.samples());
        node.put("p50Micros", round(summary.p50Micros()));
        node.put("p99Micros", round(summary.p99Micros()));
        node.put("maxMicros", round(summary.max().toNanos() / 1000.0));
        node.put("perSecond", Math.round(summary.perSecond()));
        return node;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
