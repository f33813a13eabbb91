package org.madang.sync.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.madang.journal.testing.TestKeys;
import org.madang.sync.api.wire.ProblemCode;
import org.madang.sync.api.wire.RecordJson;
import org.madang.sync.api.wire.RejectReason;
import org.madang.sync.api.wire.WireJson;

/** The OpenAPI document is the contract other vendors build on: valid, and saying what the code does. */
class OpenApiDocumentTest {

    private static final OpenAPI API = parse();

    private static OpenAPI parse() {
        String yaml;
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(SyncApi.OPENAPI_RESOURCE)) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, null);
        assertThat(result.getMessages()).as("OpenAPI validation messages").isEmpty();
        return result.getOpenAPI();
    }

    @Test
    void isAValidOpenApi31Document() {
        assertThat(API.getOpenapi()).isEqualTo("3.1.0");
        assertThat(API.getInfo().getVersion()).startsWith("1.");
    }

    @Test
    void documentsEveryPathTheCodeUses() {
        assertThat(API.getPaths().keySet()).containsExactlyInAnyOrder(SyncApi.ENROLLMENTS, SyncApi.RECORDS,
                SyncApi.CONTENT, SyncApi.TIME, SyncApi.HEARTBEAT);
    }

    @Test
    void listsTheSameProblemCodesAndRejectReasonsAsTheCode() {
        assertThat(enumOf("Problem", "code")).isEqualTo(names(ProblemCode.values()));
        assertThat(enumOf("RecordVerdict", "reason")).isEqualTo(names(RejectReason.values()));
    }

    @Test
    void recordSchemaRequiresExactlyTheFieldsTheCodeWrites() throws Exception {
        var journal = SampleJournal.of(TestKeys.deviceKey(), 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = WireJson.MAPPER.getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            RecordJson.write(out, SampleJournal.records(journal).getFirst());
        }
        JsonNode written = WireJson.MAPPER.readTree(bytes.toByteArray());
        Set<String> fields = new TreeSet<>();
        written.fieldNames().forEachRemaining(fields::add);

        Schema<?> record = API.getComponents().getSchemas().get("Record");
        assertThat(new TreeSet<>(record.getRequired())).isEqualTo(fields);
        assertThat(new TreeSet<>(record.getProperties().keySet())).isEqualTo(fields);
    }

    @Test
    void wireRecordsHaveTheDocumentedFields() {
        for (String name : List.of("EnrollmentRequest", "EnrollmentResponse", "Heartbeat", "UploadResult", "ServerTime")) {
            Class<?> type = switch (name) {
                case "EnrollmentRequest" -> org.madang.sync.api.wire.EnrollmentRequest.class;
                case "EnrollmentResponse" -> org.madang.sync.api.wire.EnrollmentResponse.class;
                case "Heartbeat" -> org.madang.sync.api.wire.Heartbeat.class;
                case "UploadResult" -> org.madang.sync.api.wire.UploadResult.class;
                default -> org.madang.sync.api.wire.ServerTime.class;
            };
            Set<String> components = new TreeSet<>();
            Arrays.stream(type.getRecordComponents()).forEach(c -> components.add(c.getName()));
            Set<String> documented = new TreeSet<>(propertiesOf(name));
            assertThat(documented).as(name).isEqualTo(components);
        }
    }

    private static Set<String> enumOf(String schema, String property) {
        Schema<?> s = API.getComponents().getSchemas().get(schema);
        Set<String> values = new TreeSet<>();
        List<?> documented = s.getProperties().get(property).getEnum();
        documented.forEach(v -> values.add(String.valueOf(v)));
        return values;
    }

    private static Set<String> propertiesOf(String schema) {
        Schema<?> s = API.getComponents().getSchemas().get(schema);
        return s.getProperties().keySet();
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new TreeSet<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }
}
