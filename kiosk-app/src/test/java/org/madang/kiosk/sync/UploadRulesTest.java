package org.madang.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.madang.device.sync.SyncState;

/** The upload rules on their own: journal position and state file in, state and staff facts out. */
class UploadRulesTest {

    private static final String JOURNAL = "journal-1";
    private static final Instant SUCCESS = Instant.parse("2026-11-22T01:00:00Z");

    private static SyncState acked(long seq) {
        return SyncState.initial(JOURNAL).withAck(seq, Optional.empty()).withSuccess(SUCCESS);
    }

    private static SyncState.LastError error(String code, Instant at) {
        return new SyncState.LastError(code, "technical English", at);
    }

    @Test
    void noStateFileIsNotSyncedYetWithEveryRecordWaiting() {
        UploadStatus status = UploadRules.derive(Optional.empty(), JOURNAL, 12);

        assertThat(status).isEqualTo(new UploadStatus(UploadState.NOT_SYNCED_YET, 12, Optional.empty(), Optional.empty()));
    }

    @Test
    void everyRecordAcknowledgedIsSyncedWithTheLastSuccess() {
        UploadStatus status = UploadRules.derive(Optional.of(acked(12)), JOURNAL, 12);

        assertThat(status).isEqualTo(new UploadStatus(UploadState.SYNCED, 0, Optional.of(SUCCESS), Optional.empty()));
    }

    @Test
    void anAckBeyondTheJournalIsStillSyncedWithNothingWaiting() {
        assertThat(UploadRules.derive(Optional.of(acked(15)), JOURNAL, 12).waiting()).isZero();
    }

    @Test
    void recordsAfterTheAckWaitWhenNoErrorFollowedTheLastSuccess() {
        SyncState older = acked(10).withError(Optional.of(error("TIMEOUT", SUCCESS.minusSeconds(60))));

        assertThat(UploadRules.derive(Optional.of(acked(10)), JOURNAL, 12))
                .isEqualTo(new UploadStatus(UploadState.WAITING, 2, Optional.of(SUCCESS), Optional.empty()));
        assertThat(UploadRules.derive(Optional.of(older), JOURNAL, 12).state()).isEqualTo(UploadState.WAITING);
    }

    @Test
    void anErrorNewerThanTheLastSuccessIsFailingWithItsCode() {
        SyncState state = acked(10).withError(Optional.of(error("TIMEOUT", SUCCESS.plusSeconds(1))));

        assertThat(UploadRules.derive(Optional.of(state), JOURNAL, 12))
                .isEqualTo(new UploadStatus(UploadState.FAILING, 2, Optional.of(SUCCESS), Optional.of("TIMEOUT")));
    }

    @Test
    void anErrorWithoutAnySuccessIsFailing() {
        SyncState state = SyncState.initial(JOURNAL).withError(Optional.of(error("DEVICE_NOT_ENROLLED", SUCCESS)));

        assertThat(UploadRules.derive(Optional.of(state), JOURNAL, 3).problem()).contains("DEVICE_NOT_ENROLLED");
    }

    @Test
    void aRefusedRecordIsFailingWithTheCentralsReasonEvenWithoutAnError() {
        SyncState state = acked(10).withBlocked(Optional.of(new SyncState.Blocked(11, "BAD_SIGNATURE", "no")));

        assertThat(UploadRules.derive(Optional.of(state), JOURNAL, 12))
                .isEqualTo(new UploadStatus(UploadState.FAILING, 2, Optional.of(SUCCESS), Optional.of("BAD_SIGNATURE")));
    }

    @Test
    void nothingWaitingIsSyncedEvenIfTheLastPassHadAnError() {
        // The light promises the records are at the central; a failed content fetch does not change that.
        SyncState state = acked(12).withError(Optional.of(error("CONTENT_INVALID", SUCCESS.plusSeconds(1))));

        assertThat(UploadRules.derive(Optional.of(state), JOURNAL, 12).state()).isEqualTo(UploadState.SYNCED);
    }

    @Test
    void aStateFileOfAnotherJournalIsFailing() {
        UploadStatus status = UploadRules.derive(Optional.of(acked(12)), "journal-2", 12);

        assertThat(status).isEqualTo(new UploadStatus(UploadState.FAILING, 12, Optional.empty(),
                Optional.of(UploadStatus.STATE_OTHER_JOURNAL)));
    }

    @Test
    void aProblemCodeGoesOnlyWithFailing() {
        assertThatThrownBy(() -> new UploadStatus(UploadState.WAITING, 1, Optional.empty(), Optional.of("TIMEOUT")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FAILING");
        assertThatThrownBy(() -> new UploadStatus(UploadState.FAILING, 1, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
