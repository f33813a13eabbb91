package org.madang.device.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyncStateFileTest {

    @TempDir
    Path dataDir;

    private static SyncState full() {
        Instant at = Instant.parse("2026-11-22T09:00:00Z");
        return SyncState.initial("journal-1").withAck(42, Optional.of("ab".repeat(32))).withContent("\"7\"", 7)
                .withClock(-1500, at).withAttempt(at).withSuccess(at)
                .withError(Optional.of(new SyncState.LastError("TIMEOUT", "timed out", at)))
                .withBlocked(Optional.of(new SyncState.Blocked(43, "BAD_SIGNATURE", "does not verify")));
    }

    @Test
    void roundTripsEveryField() throws Exception {
        SyncStateFile file = SyncStateFile.in(dataDir);
        file.write(full());
        assertThat(file.read()).contains(full());
        file.write(SyncState.initial("journal-1"));
        assertThat(file.read()).contains(SyncState.initial("journal-1"));
    }

    @Test
    void absentFileIsEmptyNotAnError() throws Exception {
        assertThat(SyncStateFile.in(dataDir).read()).isEmpty();
    }

    @Test
    void writesTheDocumentedFieldsInOrder() throws Exception {
        SyncStateFile file = SyncStateFile.in(dataDir);
        file.write(full());
        String json = Files.readString(file.file());
        assertThat(json).containsSubsequence("\"schemaVersion\" : 1", "\"journalId\"", "\"ackedSeq\" : 42", "\"ackedHash\"",
                "\"contentEtag\"", "\"contentVersion\" : 7", "\"clockOffsetMillis\" : -1500", "\"clockMeasuredAt\"",
                "\"lastAttemptAt\"", "\"lastSuccessAt\"", "\"lastError\"", "\"code\" : \"TIMEOUT\"", "\"blocked\"",
                "\"seq\" : 43");
    }

    @Test
    void replacesDurablyLeavingNoTemporaryFilesAndTheDirectory0750() throws Exception {
        SyncStateFile file = SyncStateFile.in(dataDir);
        for (int i = 0; i < 5; i++) {
            file.write(SyncState.initial("journal-1").withAck(i, Optional.empty()));
        }
        try (var listing = Files.list(file.file().getParent())) {
            assertThat(listing).containsExactly(file.file());
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.file().getParent())))
                .isEqualTo("rwxr-x---");
        assertThat(file.read().orElseThrow().ackedSeq()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "{\"schemaVersion\":1}", "{\"schemaVersion\":2,\"journalId\":\"j\",\"ackedSeq\":0}",
        "{\"schemaVersion\":1,\"journalId\":\"j\",\"ackedSeq\":-1,\"clockOffsetMillis\":0}",
        "{\"schemaVersion\":1,\"journalId\":\"j\",\"ackedSeq\":\"5\",\"clockOffsetMillis\":0}",
        "{\"schemaVersion\":1,\"journalId\":\"j\",\"ackedSeq\":5,\"clockOffsetMillis\":0,\"lastSuccessAt\":\"yesterday\"}",
        "{\"schemaVersion\":1,\"schemaVersion\":1}"})
    void corruptFileIsRefusedNamingTheFileAndTheCostOfStartingAgain(String content) throws Exception {
        SyncStateFile file = SyncStateFile.in(dataDir);
        Files.createDirectories(file.file().getParent());
        Files.writeString(file.file(), content);
        assertThatThrownBy(file::read).isInstanceOf(CorruptStateException.class)
                .hasMessageContaining(file.file().toString())
                .hasMessageContaining("duplicates");
    }
}
