package org.madang.central;

import org.madang.journal.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.sync.api.SyncApi;
import org.madang.sync.api.closing.ClosingQrText;
import org.madang.sync.api.enroll.AnswerSignature;
import org.madang.sync.api.auth.RequestLine;
import org.madang.sync.api.auth.RequestSigner;
import org.madang.sync.api.wire.Heartbeat;
import org.madang.sync.api.wire.UploadBatch;
import org.madang.sync.api.wire.UploadResult;
import org.madang.sync.api.wire.WireJson;

/** The HTTP endpoints on 127.0.0.1, through the JDK's HttpClient and the device's RequestSigner. */
class HttpApiTest {

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T00:00:00Z"));
    final HttpClient http = HttpClient.newHttpClient();
    final TestDevice a = new TestDevice("kiosk-a");
    CentralServer server;
    Central central;

    @BeforeEach
    void start() throws Exception {
        CentralHome home = CentralHome.init(dir.resolve("home"), new SecureRandom());
        server = CentralServer.start(home, CentralOptions.loopback(0).withClock(clock));
        central = server.central();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    RequestSigner signer(TestDevice device) {
        return new RequestSigner(device.key, clock, new SecureRandom());
    }

    HttpResponse<byte[]> send(String method, String path, byte[] body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> signed(TestDevice device, String method, String path, byte[] body) throws Exception {
        return send(method, path, body, signedHeaders(signer(device), method, path, body));
    }

    static Map<String, String> signedHeaders(RequestSigner signer, String method, String path, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>(signer.headers(body == null ? RequestLine.of(method, path)
                : RequestLine.withBody(method, path, body)));
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return headers;
    }

    void enroll(TestDevice device) throws Exception {
        String code = central.createEnrollmentCode(TestDevice.SITE, Set.of("checkin"), Duration.ofHours(1));
        HttpResponse<byte[]> answer = signed(device, "POST", SyncApi.ENROLLMENTS,
                WireJson.MAPPER.writeValueAsBytes(device.enrollment(code, TestDevice.SITE)));
        assertThat(answer.statusCode()).as(new String(answer.body(), StandardCharsets.UTF_8)).isIn(200, 201);
    }

    Map<String, String> uploadHeaders(RequestSigner signer, byte[] body) {
        Map<String, String> headers = signedHeaders(signer, "POST", SyncApi.RECORDS, body);
        headers.put("Content-Encoding", "gzip");
        return headers;
    }

    static JsonNode json(HttpResponse<byte[]> response) throws IOException {
        return WireJson.MAPPER.readTree(response.body());
    }

    static String code(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(SyncApi.PROBLEM_MEDIA_TYPE));
        return json(response).get("code").asText();
    }

    @Test
    void enrollsOnceAndAgainWithTheSameKey() throws Exception {
        String code = central.createEnrollmentCode(TestDevice.SITE, Set.of("checkin"), Duration.ofHours(1));
        HttpResponse<byte[]> first = signed(a, "POST", SyncApi.ENROLLMENTS,
                WireJson.MAPPER.writeValueAsBytes(a.enrollment(code, TestDevice.SITE)));
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(json(first).get("keyId").asText()).isEqualTo(a.key.keyId());
        HttpResponse<byte[]> reused = signed(new TestDevice("kiosk-b"), "POST", SyncApi.ENROLLMENTS,
                WireJson.MAPPER.writeValueAsBytes(new TestDevice("kiosk-b").enrollment(code, TestDevice.SITE)));
        assertThat(reused.statusCode()).isEqualTo(401); // signed by another key than the one presented
        String fresh = central.createEnrollmentCode(TestDevice.SITE, Set.of("checkin"), Duration.ofHours(1));
        assertThat(signed(a, "POST", SyncApi.ENROLLMENTS, WireJson.MAPPER.writeValueAsBytes(a.enrollment(fresh, TestDevice.SITE)))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void enrollmentAnswerIsSignedByTheCentralKeyForThisRequest() throws Exception {
        String code = central.createEnrollmentCode(TestDevice.SITE, Set.of("checkin"), Duration.ofHours(1));
        byte[] request = WireJson.MAPPER.writeValueAsBytes(a.enrollment(code, TestDevice.SITE));
        HttpResponse<byte[]> answer = signed(a, "POST", SyncApi.ENROLLMENTS, request);
        assertThat(answer.statusCode()).isEqualTo(201);
        java.util.Optional<String> header = answer.headers().firstValue(AnswerSignature.HEADER);
        assertThat(header).hasValueSatisfying(h -> assertThat(h).startsWith("kid=\"central-1\";"));
        assertThat(AnswerSignature.verifies(central.home().signingKey().publicKey(), header, request, answer.body())).isTrue();
        assertThat(AnswerSignature.verifies(new TestDevice("other").key.publicKey(), header, request, answer.body())).isFalse();
    }

    @Test
    void enrollmentWithAUsedCodeIsForbidden() throws Exception {
        String code = central.createEnrollmentCode(TestDevice.SITE, Set.of("checkin"), Duration.ofHours(1));
        signed(a, "POST", SyncApi.ENROLLMENTS, WireJson.MAPPER.writeValueAsBytes(a.enrollment(code, TestDevice.SITE)));
        TestDevice b = new TestDevice("kiosk-b");
        HttpResponse<byte[]> answer = signed(b, "POST", SyncApi.ENROLLMENTS,
                WireJson.MAPPER.writeValueAsBytes(b.enrollment(code, TestDevice.SITE)));
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(code(answer)).isEqualTo("ENROLLMENT_CODE_INVALID");
    }

    @Test
    void uploadAnswersVerdicts() throws Exception {
        enroll(a);
        a.appendCheckins(20, "e1");
        byte[] body = new UploadBatch(a.deviceId, a.journalId, a.records()).encode();
        HttpResponse<byte[]> answer = send("POST", SyncApi.RECORDS, body, uploadHeaders(signer(a), body));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(WireJson.MAPPER.readValue(answer.body(), UploadResult.class)).isEqualTo(new UploadResult(20, 20, 0, List.of()));
    }

    @Test
    void refusesReplayedRequestAndStoresNothing() throws Exception {
        enroll(a);
        a.appendCheckins(3, "e1");
        byte[] first = new UploadBatch(a.deviceId, a.journalId, a.range(1, 2)).encode();
        Map<String, String> headers = uploadHeaders(signer(a), first);
        assertThat(send("POST", SyncApi.RECORDS, first, headers).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> replay = send("POST", SyncApi.RECORDS, first, headers);
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(code(replay)).isEqualTo("REPLAYED");
        assertThat(central.devices().get(0).get("storedThrough").asLong()).isEqualTo(2);
        assertThat(central.ingest(a.deviceId, a.journalId, a.range(1, 2), "test").duplicates()).isEqualTo(2);
    }

    @Test
    void refusesKeyOfNoEnrolledDevice() throws Exception {
        a.appendCheckins(1, "e1");
        byte[] body = new UploadBatch(a.deviceId, a.journalId, a.records()).encode();
        HttpResponse<byte[]> answer = send("POST", SyncApi.RECORDS, body, uploadHeaders(signer(a), body));
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(code(answer)).isEqualTo("DEVICE_NOT_ENROLLED");
    }

    @Test
    void refusesBodyAlteredAfterSigning() throws Exception {
        enroll(a);
        a.appendCheckins(2, "e1");
        byte[] signedBody = new UploadBatch(a.deviceId, a.journalId, a.range(1, 1)).encode();
        byte[] sentBody = new UploadBatch(a.deviceId, a.journalId, a.range(1, 2)).encode();
        HttpResponse<byte[]> answer = send("POST", SyncApi.RECORDS, sentBody, uploadHeaders(signer(a), signedBody));
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(code(answer)).isEqualTo("SIGNATURE_INVALID");
        assertThat(central.devices().get(0).get("storedThrough").asLong()).isZero();
    }

    @Test
    void refusesDeviceClaimingAnotherDevicesId() throws Exception {
        enroll(a);
        TestDevice b = new TestDevice("kiosk-b");
        enroll(b);
        b.appendCheckins(1, "e1");
        byte[] body = new UploadBatch(b.deviceId, b.journalId, b.records()).encode();
        HttpResponse<byte[]> answer = send("POST", SyncApi.RECORDS, body, uploadHeaders(signer(a), body));
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(code(answer)).isEqualTo("DEVICE_MISMATCH");
    }

    @Test
    void refusesRequestSignedWithAClockTooFarOff() throws Exception {
        enroll(a);
        RequestSigner skewed = new RequestSigner(a.key, Clock.fixed(clock.instant().plus(Duration.ofMinutes(6)), ZoneOffset.UTC),
                new SecureRandom());
        HttpResponse<byte[]> answer = send("GET", SyncApi.CONTENT, null, signedHeaders(skewed, "GET", SyncApi.CONTENT, null));
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(code(answer)).isEqualTo("CLOCK_SKEW");
    }

    @Test
    void contentHasAnEtagAndAnswers304WhenUnchanged() throws Exception {
        enroll(a);
        HttpResponse<byte[]> none = signed(a, "GET", SyncApi.CONTENT, null);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(code(none)).isEqualTo("NO_CONTENT_PUBLISHED");
        central.publish(Contents.payload());
        HttpResponse<byte[]> bundle = signed(a, "GET", SyncApi.CONTENT, null);
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/jose"));
        assertThat(bundle.headers().firstValue("ETag")).hasValue("\"1\"");
        Map<String, String> headers = signedHeaders(signer(a), "GET", SyncApi.CONTENT, null);
        headers.put("If-None-Match", "\"1\"");
        assertThat(send("GET", SyncApi.CONTENT, null, headers).statusCode()).isEqualTo(304);
    }

    @Test
    void timeIsUnsignedAndNeverCached() throws Exception {
        HttpResponse<byte[]> answer = send("GET", SyncApi.TIME, null, Map.of());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(json(answer).get("epochMillis").asLong()).isEqualTo(clock.millis());
    }

    @Test
    void heartbeatIsStoredOnTheDeviceRow() throws Exception {
        enroll(a);
        byte[] body = WireJson.MAPPER.writeValueAsBytes(new Heartbeat(a.deviceId, "0.3.1", 10, 4096, 7, 123_456, "", -20));
        assertThat(signed(a, "POST", SyncApi.HEARTBEAT, body).statusCode()).isEqualTo(204);
        HttpResponse<byte[]> devices = send("GET", "/admin/v1/devices", null, admin());
        JsonNode device = json(devices).get(0);
        assertThat(device.get("softwareVersion").asText()).isEqualTo("0.3.1");
        assertThat(device.get("recordsWaiting").asLong()).isEqualTo(7);
        assertThat(device.get("diskFreeBytes").asLong()).isEqualTo(123_456);
        assertThat(device.get("lastSeenAt").asText()).isEqualTo("2026-11-22T00:00:00Z");
    }

    @Test
    void adminApiRequiresTheToken() throws Exception {
        HttpResponse<byte[]> without = send("GET", "/admin/v1/devices", null, Map.of());
        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(code(without)).isEqualTo("ADMIN_TOKEN_INVALID");
        HttpResponse<byte[]> wrong = send("GET", "/admin/v1/points", null, Map.of("Authorization", "Bearer nope"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(send("GET", "/admin/v1/points", null, admin()).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesOversizedUpload() throws Exception {
        enroll(a);
        byte[] body = new byte[SyncApi.MAX_UPLOAD_BYTES + 1];
        new SecureRandom().nextBytes(body);
        HttpResponse<byte[]> answer = send("POST", SyncApi.RECORDS, body, uploadHeaders(signer(a), body));
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(code(answer)).isEqualTo("TOO_LARGE");
    }

    @Test
    void surveyCsvIsServedForExcel() throws Exception {
        enroll(a);
        a.append(RecordKind.SURVEY_RESPONSE, Map.of("survey", "s1", "answers", Map.of("q1", "네")));
        central.ingest(a.deviceId, a.journalId, a.records(), Central.SOURCE_UPLOAD);
        HttpResponse<byte[]> csv = send("GET", "/admin/v1/surveys/s1/responses.csv", null, admin());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t.replace(" ", "").toLowerCase(java.util.Locale.ROOT)).isEqualTo("text/csv;charset=utf-8"));
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).isEqualTo("\uFEFFq1\r\n네\r\n");
    }

    @Test
    void closingSheetQrIsPostedAsTextAndAForgedOneIsRefusedWithTheReasonInBothLanguages() throws Exception {
        enroll(a);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("poll", "agenda");
        body.put("closedAt", "2026-12-04T09:00:00Z");
        body.put("closedBy", "schedule");
        body.put("turnout", 0);
        body.put("methods", Map.of());
        body.put("sealed", false);
        body.put("counts", Map.of());
        body.put("blank", 0);
        body.put("boxHash", org.madang.journal.chain.Sha256.digest("").hex());
        JournalRecord sheet = a.append(RecordKind.VOTE_CLOSE, body);
        Map<String, String> headers = new LinkedHashMap<>(admin());
        headers.put("Content-Type", "text/plain");

        HttpResponse<byte[]> stored = send("POST", "/admin/v1/closings",
                ClosingQrText.of(sheet).getBytes(StandardCharsets.US_ASCII), headers);
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(json(stored).get("stored").asBoolean()).isTrue();
        assertThat(json(stored).get("match").asBoolean()).isTrue();

        HttpResponse<byte[]> forged = send("POST", "/admin/v1/closings",
                ClosingQrText.of(TestDevice.badSignature(sheet)).getBytes(StandardCharsets.US_ASCII), headers);
        assertThat(forged.statusCode()).isEqualTo(422);
        assertThat(json(forged).get("reason").asText()).isEqualTo("BAD_SIGNATURE");
        assertThat(json(forged).get("detail").asText()).contains("forged");
        assertThat(json(forged).get("detailKo").asText()).contains("위조");
        assertThat(send("POST", "/admin/v1/closings", "MADANG-CLOSE1:x".getBytes(StandardCharsets.US_ASCII), Map.of())
                .statusCode()).isEqualTo(401);
    }

    @Test
    void unknownPathIsAProblem() throws Exception {
        HttpResponse<byte[]> answer = send("GET", "/api/v1/nothing", null, Map.of());
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(code(answer)).isEqualTo("NOT_FOUND");
    }

    @Test
    void adminEndpointsAnswerJson() throws Exception {
        // An empty central: every report's shape, with nothing in it (and no running poll tally).
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("/admin/v1/refusals?device=x", "[]");
        expected.put("/admin/v1/events/e1/checkins",
                "{\"eventId\":\"e1\",\"credited\":[],\"duplicates\":[],\"creditedCount\":0,\"duplicateCount\":0}");
        expected.put("/admin/v1/polls/p1", "{\"pollId\":\"p1\",\"turnout\":0,"
                + "\"methods\":{\"member\":0,\"staff\":0,\"voucher\":0},"
                + "\"doubleVotes\":{\"voters\":0,\"extraBallots\":0,\"list\":[]},\"closings\":[],"
                + "\"resultsAvailableAt\":null,\"note\":\"no published content defines poll p1\"}");
        expected.put("/admin/v1/duplicates", "{\"checkins\":[],\"voters\":[],\"surveyPoints\":[]}");
        expected.put("/admin/v1/surveys", "{\"surveys\":[]}");
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            String path = entry.getKey();
            HttpResponse<byte[]> answer = send("GET", path, null, admin());
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(json(answer)).as(path).isEqualTo(WireJson.MAPPER.readTree(entry.getValue()));
        }
    }

    Map<String, String> admin() {
        return Map.of("Authorization", "Bearer " + central.home().adminToken());
    }
}
