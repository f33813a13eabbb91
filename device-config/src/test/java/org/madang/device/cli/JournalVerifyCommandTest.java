package org.madang.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.keys.DeviceKeyStore;
import org.madang.journal.JournalOptions;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.sqlite.SqliteJournal;

class JournalVerifyCommandTest {

    @TempDir
    Path temp;

    @Test
    void reportsIntactJournalAfterInit() {
        Path dataDir = Cli.initialisedDevice(temp);

        Cli.Run run = new Cli().run("journal-verify", "--data-dir", dataDir.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("is intact: 1 record(s) checked, last record 1");
    }

    @Test
    void checksEveryBatchOfALongJournal() throws Exception {
        Path dataDir = Cli.initialisedDevice(temp);
        appendCheckins(dataDir, JournalVerifyCommand.BATCH + 5);

        Cli.Run run = new Cli().run("journal-verify", "--data-dir", dataDir.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("1,006 record(s) checked, last record 1006");
    }

    @Test
    void reportsBreakAtTheAlteredRecord() throws Exception {
        Path dataDir = Cli.initialisedDevice(temp);
        appendCheckins(dataDir, 3);
        // What someone with the SD card in another computer could do.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("journal.db"));
                Statement statement = connection.createStatement();
                PreparedStatement update = connection.prepareStatement("UPDATE records SET body = ? WHERE seq = 3")) {
            statement.execute("DROP TRIGGER records_no_update");
            update.setBytes(1, "{\"points\":99999}".getBytes(StandardCharsets.UTF_8));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        Cli.Run run = new Cli().run("journal-verify", "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("기록 3에서 손상되었습니다", "BROKEN at record 3", "altered after it was written",
                "records up to 2 are intact");
    }

    @Test
    void missingJournalIsAnEnvironmentProblem() throws Exception {
        Path dataDir = Cli.initialisedDevice(temp);
        java.nio.file.Files.delete(dataDir.resolve("journal.db"));

        Cli.Run run = new Cli().run("journal-verify", "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).contains("journal.db");
    }

    private static void appendCheckins(Path dataDir, int count) throws Exception {
        var keyPair = DeviceKeyStore.in(dataDir).load();
        try (SqliteJournal journal = SqliteJournal.open(JournalOptions.defaults(dataDir.resolve("journal.db"), keyPair,
                "test"))) {
            for (int i = 0; i < count; i++) {
                journal.append(RecordDraft.of(RecordKind.CHECKIN, Map.of("member", "k1:test", "points", i)));
            }
        }
    }
}
