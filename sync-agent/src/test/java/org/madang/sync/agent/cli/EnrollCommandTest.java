package org.madang.sync.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.madang.device.sync.EnrollmentFile;
import org.madang.sync.agent.testing.ScriptedCentral;
import org.madang.sync.agent.testing.TestDevice;
import org.madang.sync.api.wire.ProblemCode;

class EnrollCommandTest {

    @TempDir
    Path dataDir;

    private ScriptedCentral central;
    private TestDevice device;

    @BeforeEach
    void start() throws Exception {
        central = ScriptedCentral.start();
        device = TestDevice.create(dataDir, central.url());
    }

    @AfterEach
    void stop() {
        device.close();
        central.close();
    }

    @Test
    void enrolsWithAGoodCodeAndWritesTheEnrollmentFile() throws Exception {
        central.enrollmentCode("ABCD-1234", null);
        Cli.Result result = Cli.run("enroll", "--data-dir", dataDir.toString(), "--code", "ABCD-1234");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(central.isEnrolled(device.key().keyId())).isTrue();
        assertThat(result.out()).contains("test-kiosk-01(으)로 등록됨", "Enrolled as test-kiosk-01 at site 1114055000");
        JsonNode file = new ObjectMapper().readTree(Files.readString(EnrollmentFile.in(dataDir).file()));
        assertThat(file.get("deviceId").asText()).isEqualTo("test-kiosk-01");
        assertThat(file.get("siteCode").asText()).isEqualTo("1114055000");
        assertThat(file.get("keyId").asText()).isEqualTo(device.key().keyId());
        assertThat(file.get("roles")).hasSize(2);
        assertThat(file.get("enrolledAt").asText()).isNotEmpty();
        assertThat(file.get("centralUrl").asText()).isEqualTo(central.url().toString());
    }

    @ParameterizedTest
    @CsvSource({
        "ENROLLMENT_CODE_INVALID, 등록 코드가 없거나 이미 쓰였거나 만료됨, the enrollment code is unknown, used or expired",
        "DEVICE_ID_TAKEN, 다른 단말이 이미 이 단말 ID를 사용 중, another device already holds this device id",
        "SITE_MISMATCH, 코드가 이 단말과 다른 장소용임, the code is for another site than this device's",
        "DEVICE_MISMATCH, 요청의 단말이 등록된 키의 단말과 다름, the request names another device than the enrolled key",
        "MALFORMED_REQUEST, 요청 형식이 잘못되었다고 거부함, central refused the request as malformed"})
    void explainsEveryRefusalInKoreanThenEnglish(ProblemCode code, String korean, String english) {
        central.enrollmentCode("BAD", code);
        Cli.Result result = Cli.run("enroll", "--data-dir", dataDir.toString(), "--code", "BAD");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).containsSubsequence("등록하지 못했습니다", "failed", korean, english);
        assertThat(EnrollmentFile.in(dataDir).file()).doesNotExist();
        assertThat(central.isEnrolled(device.key().keyId())).isFalse();
    }

    @Test
    void unreachableCentralIsAnEnvironmentFailure() throws Exception {
        Path other = dataDir.resolve("offline");
        try (TestDevice offline = TestDevice.create(other, URI.create("http://127.0.0.1:9/"))) {
            assertThat(offline.dataDir()).isEqualTo(other);
            Cli.Result result = Cli.run("enroll", "--data-dir", other.toString(), "--code", "X", "--connect-timeout", "1s");
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
            assertThat(result.err()).contains("중앙 서버에 연결할 수 없음", "the central cannot be reached");
        }
    }
}
