package org.madang.central.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestStagesTest {

    @TempDir
    Path work;

    @Test
    void timesEveryStepOfIngestIncludingTheCentralsOwnOnASmallJournal() throws Exception {
        List<String> table = IngestStages.table(work, 200, 50, 1);

        assertThat(table).hasSize(2 + 10);
        assertThat(table.getFirst()).contains("best of 1");
        assertThat(table.subList(2, table.size())).allSatisfy(row -> assertThat(row).matches("\\| .+ \\| \\d+ \\|"));
        assertThat(table.getLast()).contains("Central.ingest");
        // Scaled to 100,000 records: ingesting 200 real records into SQLite cannot take no time.
        assertThat(Integer.parseInt(table.getLast().replaceAll(".*\\| (\\d+) \\|$", "$1"))).isPositive();
    }
}
