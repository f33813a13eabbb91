package org.madang.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchJournalCommandTest {

    @TempDir
    Path temp;

    @Test
    void printsEveryFigureAsJsonAndLeavesNothingBehind() throws Exception {
        Cli.Run run = new Cli().run("bench-journal", "--dir", temp.toString(), "--records", "40", "--threads", "2",
                "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/rawFsync/samples").asInt()).isEqualTo(40);
        assertThat(json.at("/append/p50Micros").asDouble()).isPositive();
        assertThat(json.at("/append/perSecond").asLong()).isPositive();
        assertThat(json.at("/ratioP50").asDouble()).isPositive();
        assertThat(json.at("/goalRatio").asDouble()).isEqualTo(1.5);
        assertThat(json.at("/groupCommit/samples").asInt()).isEqualTo(40);
        assertThat(json.at("/groupCommit/threads").asInt()).isEqualTo(2);
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void printsTheRatioAgainstItsGoalAsText() {
        Cli.Run run = new Cli().run("bench-journal", "--dir", temp.toString(), "--records", "10", "--threads", "2",
                "--lang", "en");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("raw fsync", "durable append, 1 thread", "append/raw p50 ratio", "goal ≤ 1.5x",
                "group commit, 2 threads x 5");
    }

    @Test
    void refusesZeroRecordsAsAUsageError() {
        Cli.Run run = new Cli().run("bench-journal", "--dir", temp.toString(), "--records", "0");

        assertThat(run.exitCode()).isEqualTo(2);
    }
}
