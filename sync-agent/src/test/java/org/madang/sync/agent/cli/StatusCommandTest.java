package org.madang.sync.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.sync.SyncStateFile;
import org.madang.sync.agent.lock.AgentLock;
import org.madang.sync.agent.testing.ScriptedCentral;
import org.madang.sync.agent.testing.TestDevice;
import org.madang.sync.api.wire.RejectReason;

class StatusCommandTest {

    @TempDir
    Path dataDir;

    private ScriptedCentral central;
    private TestDevice device;

    @BeforeEach
    void start() throws Exception {
        central = ScriptedCentral.start();
        device = TestDevice.create(dataDir, central.url());
        central.enrol(device.key().publicKey());
    }

    @AfterEach
    void stop() {
        device.close();
        central.close();
    }

    private JsonNode status() throws Exception {
        Cli.Result result = Cli.run("status", "--data-dir", dataDir.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    @Test
    void beforeAnyUploadEverythingIsWaiting() throws Exception {
        device.append(9);
        JsonNode status = status();
        assertThat(status.get("deviceId").asText()).isEqualTo(TestDevice.DEVICE_ID);
        assertThat(status.get("enrolled").asBoolean()).isFalse();
        assertThat(status.get("centralUrl").asText()).isEqualTo(central.url().toString());
        assertThat(status.get("journalLastSeq").asLong()).isEqualTo(10);
        assertThat(status.get("ackedSeq").asLong()).isZero();
        assertThat(status.get("waiting").asLong()).isEqualTo(10);
        assertThat(status.get("lastSuccessAt").isNull()).isTrue();
        assertThat(status.get("lastError").isNull()).isTrue();
        assertThat(status.get("blocked").isNull()).isTrue();
        assertThat(status.get("contentVersion").isNull()).isTrue();
        assertThat(SyncStateFile.in(dataDir).file()).as("status writes nothing").doesNotExist();
    }

    @Test
    void afterOnceItShowsTheAcknowledgedPositionAndContent() throws Exception {
        device.append(99);
        central.publish(device.contentBundle(2), 2);
        Cli.Result once = Cli.run("once", "--data-dir", dataDir.toString());
        assertThat(once.exitCode()).as(once.toString()).isZero();
        assertThat(once.out()).contains("기록 100건 보냄", "Sent 100 record(s): 100 stored");
        device.append(5);
        JsonNode status = status();
        assertThat(status.get("ackedSeq").asLong()).isEqualTo(100);
        assertThat(status.get("waiting").asLong()).isEqualTo(5);
        assertThat(status.get("lastSuccessAt").asText()).isNotEmpty();
        assertThat(status.get("lastAttemptAt").asText()).isNotEmpty();
        assertThat(status.get("contentVersion").asInt()).isEqualTo(2);
    }

    @Test
    void blockedUploadShowsInStatusAndOnceExitsOne() throws Exception {
        device.append(20);
        central.reject(7, RejectReason.HASH_MISMATCH);
        Cli.Result once = Cli.run("once", "--data-dir", dataDir.toString());
        assertThat(once.exitCode()).as(once.toString()).isEqualTo(1);
        assertThat(once.err()).contains("중앙 서버가 7번 기록을 거부함(HASH_MISMATCH)", "The central refused record 7");
        JsonNode status = status();
        assertThat(status.get("ackedSeq").asLong()).isEqualTo(6);
        assertThat(status.get("blocked").get("seq").asLong()).isEqualTo(7);
        assertThat(status.get("blocked").get("reason").asText()).isEqualTo("HASH_MISMATCH");
        assertThat(status.get("lastError").get("code").asText()).isEqualTo("RECORDS_REFUSED");
    }

    @Test
    void unreachableCentralMakesOnceExitThree() throws Exception {
        central.close();
        Cli.Result once = Cli.run("once", "--data-dir", dataDir.toString(), "--connect-timeout", "1s");
        assertThat(once.exitCode()).as(once.toString()).isEqualTo(3);
        assertThat(once.err()).contains("중앙 서버에 연결할 수 없음", "the central cannot be reached");
        assertThat(status().get("lastError").get("code").asText()).isEqualTo("NETWORK");
    }

    @Test
    @SuppressWarnings("try") // the lock is held for the block, never read
    void statusWorksWhileAnotherAgentHoldsTheLockAndASecondAgentIsRefused() throws Exception {
        try (AgentLock held = AgentLock.acquire(dataDir.resolve("sync"))) {
            assertThat(status().get("journalLastSeq").asLong()).isEqualTo(1);
            Cli.Result once = Cli.run("once", "--data-dir", dataDir.toString());
            assertThat(once.exitCode()).as(once.toString()).isEqualTo(3);
            assertThat(once.err()).contains("다른 동기화 에이전트(pid " + ProcessHandle.current().pid() + ")",
                    "Another sync agent (pid " + ProcessHandle.current().pid() + ")");
        }
    }

    @Test
    void corruptStateFileIsRefusedNamingIt() throws Exception {
        Path file = SyncStateFile.in(dataDir).file();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"schemaVersion\":1,");
        Cli.Result result = Cli.run("once", "--data-dir", dataDir.toString());
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        assertThat(result.err()).contains(file.toString(), "중복으로 처리될 뿐", "as duplicates");
    }
}
