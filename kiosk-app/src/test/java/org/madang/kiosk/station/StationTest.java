package org.madang.kiosk.station;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madang.device.content.CheckinLimit;
import org.madang.journal.JournalException;
import org.madang.journal.testing.InMemoryJournal;
import org.madang.journal.testing.TestKeys;
import org.madang.kiosk.checkin.JournalCheckinDesk;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.station.input.LineScanInput;
import org.madang.kiosk.testing.FakeCheckinContent;
import org.madang.kiosk.testing.FakeTokenVerifier;
import org.madang.journal.testing.MutableClock;
import org.madang.kiosk.testing.RecordingPeripherals;
import org.madang.kiosk.testing.SwitchableJournal;

class StationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-11-22T01:32:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final SwitchableJournal journal = new SwitchableJournal(
            new InMemoryJournal(TestKeys.fixedDeviceKey(), clock.deviceClock(), new SecureRandom(), 10));
    private final RecordingPeripherals peripherals = new RecordingPeripherals();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Station station;

    @BeforeEach
    void open() throws JournalException {
        FakeCheckinContent content = new FakeCheckinContent().add(FakeCheckinContent.event("cleanup",
                CheckinLimit.ONCE_PER_EVENT, Instant.parse("2026-11-21T00:00:00Z"), Instant.parse("2026-11-23T00:00:00Z")));
        JournalCheckinDesk desk = JournalCheckinDesk.open(journal, new FakeTokenVerifier(), content, "1114055000", clock);
        station = new Station(desk, "cleanup", peripherals.peripherals(), new ScanResultWriter(out));
    }

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private long run(String input) throws Exception {
        return station.run(new LineScanInput(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                ScanSource.STDIN));
    }

    @Test
    void printsOneResultLinePerScanInOrder() throws Exception {
        long handled = run("member:alice\nmember:bob\nmember:alice\nnonsense\n");

        assertThat(handled).isEqualTo(4);
        assertThat(lines()).extracting(line -> line.get("result").asText())
                .containsExactly("accepted", "accepted", "duplicate", "rejected");
    }

    @Test
    void printsTheSequenceNumberPointsAndTimeOfAnAcceptedCheckin() throws Exception {
        run("member:alice\n");

        JsonNode line = lines().getFirst();
        assertThat(line.get("event").asText()).isEqualTo("cleanup");
        assertThat(line.get("seq").asLong()).isEqualTo(1);
        assertThat(line.get("points").asInt()).isEqualTo(500);
        assertThat(line.get("at").asText()).isEqualTo("2026-11-22T01:32:00Z");
        assertThat(line.get("reason").isNull()).isTrue();
    }

    @Test
    void printsWhenTheFirstCheckinWasForADuplicate() throws Exception {
        run("member:alice\nmember:alice\n");

        JsonNode line = lines().get(1);
        assertThat(line.get("firstAt").asText()).isEqualTo("2026-11-22T01:32:00Z");
        assertThat(line.get("seq").isNull()).isTrue();
    }

    @Test
    void printsTheRefusalAndTheTokenReason() throws Exception {
        run("reject:EXPIRED\n");

        JsonNode line = lines().getFirst();
        assertThat(line.get("reason").asText()).isEqualTo("token-rejected");
        assertThat(line.get("token").asText()).isEqualTo("expired");
    }

    @Test
    void beepsOnceForAcceptedTwiceForDuplicateLongForRefused() throws Exception {
        run("member:alice\nmember:alice\nreject:REVOKED\n");

        assertThat(peripherals.signals()).containsExactly("led:WAITING", "buzzer:SUCCESS", "buzzer:DUPLICATE",
                "buzzer:FAILURE");
    }

    @Test
    void showsAFaultAndSaysNotRecordedWhenTheJournalFails() throws Exception {
        journal.failing(true);

        run("member:alice\n");

        assertThat(lines().getFirst().get("reason").asText()).isEqualTo("not-recorded");
        assertThat(peripherals.signals()).containsExactly("led:FAULT", "buzzer:FAILURE");
    }
}
