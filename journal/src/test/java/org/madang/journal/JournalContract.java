package org.madang.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madang.journal.chain.ChainVerifier;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.KeyDirectory;
import org.madang.journal.testing.FakeDeviceClock;
import org.madang.journal.testing.TestKeys;

/**
 * The promises every {@link Journal} keeps, run against the SQLite journal and the in-memory
 * fake alike so that other modules can test with the fake.
 */
public abstract class JournalContract {

    protected static final int THRESHOLD = 3;

    protected final Ed25519KeyPair key = TestKeys.deviceKey();
    protected final FakeDeviceClock clock = FakeDeviceClock.standard();
    protected Journal journal;

    /** A new, empty journal signing with {@link #key}, using {@link #clock} and the given threshold. */
    protected abstract Journal newJournal(int boxReleaseThreshold) throws Exception;

    @BeforeEach
    void openJournal() throws Exception {
        journal = newJournal(THRESHOLD);
    }

    @AfterEach
    void closeJournal() throws Exception {
        journal.close();
    }

    protected static RecordDraft checkin(String member) {
        return RecordDraft.of(RecordKind.CHECKIN, Map.of("event", "festival", "member", member, "points", 500));
    }

    protected static SecretDraft ballot(String choice) {
        return new SecretDraft("poll:budget-2026", RecordKind.VOTE_BALLOT, CanonicalJson.of(Map.of("choice", choice)));
    }

    protected static RecordDraft pollbook(String voter) {
        return RecordDraft.of(RecordKind.VOTE_POLLBOOK, Map.of("poll", "budget-2026", "voter", voter));
    }

    @Test
    void appendsGetGaplessSequenceNumbersFromOne() throws Exception {
        assertThat(journal.append(checkin("a")).seq()).isEqualTo(1);
        assertThat(journal.append(checkin("b")).seq()).isEqualTo(2);
        assertThat(journal.append(checkin("c")).seq()).isEqualTo(3);
        assertThat(journal.lastSeq()).isEqualTo(3);
    }

    @Test
    void recordsReadBackWithTheirBodyKindClockAndReceiptId() throws Exception {
        clock.setTrusted(false);
        AppendReceipt receipt = journal.append(checkin("민수"));

        JournalRecord record = journal.readAfter(0, 10).getFirst();

        assertThat(record.id()).isEqualTo(receipt.id());
        assertThat(record.kind()).isEqualTo(RecordKind.CHECKIN);
        assertThat(record.body().tree().get("member").asText()).isEqualTo("민수");
        assertThat(record.clock()).isEqualTo(clock.stamp());
        assertThat(record.clock().wallClockTrusted()).isFalse();
        assertThat(record.keyId()).isEqualTo(key.keyId());
    }

    @Test
    void readAfterReturnsBatchesInOrder() throws Exception {
        for (int i = 0; i < 25; i++) {
            journal.append(checkin("m" + i));
        }
        assertThat(journal.readAfter(0, 10)).extracting(JournalRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(journal.readAfter(20, 10)).extracting(JournalRecord::seq).containsExactly(21L, 22L, 23L, 24L, 25L);
        assertThat(journal.readAfter(25, 10)).isEmpty();
    }

    @Test
    void everyRecordIdIsUnique() throws Exception {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            ids.add(journal.append(checkin("m" + i)).id());
        }
        assertThat(ids).hasSize(200);
    }

    @Test
    void chainOfAppendedRecordsVerifiesWithTheDeviceKey() throws Exception {
        for (int i = 0; i < 20; i++) {
            journal.append(checkin("m" + i));
            clock.advance(Duration.ofSeconds(7));
        }
        ChainVerifier verifier = new ChainVerifier(KeyDirectory.of(key.publicKey()), 0, journal.info().genesisHash());
        journal.readAfter(0, 100).forEach(verifier::accept);

        assertThat(verifier.report().intact()).isTrue();
        assertThat(verifier.report().lastGoodSeq()).isEqualTo(20);
    }

    @Test
    void refusesToAppendSecretKindsDirectly() {
        RecordDraft ballotAsPlainRecord = RecordDraft.of(RecordKind.VOTE_BALLOT, Map.of("choice", "A"));

        assertThatThrownBy(() -> journal.append(ballotAsPlainRecord))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deposit");
    }

    @Test
    void depositAppendsThePollbookEntryAtOnceButHoldsTheBallot() throws Exception {
        DepositReceipt receipt = journal.deposit(pollbook("voter-1"), ballot("A"));

        assertThat(receipt.identified()).isPresent();
        assertThat(receipt.pendingInBox()).isEqualTo(1);
        assertThat(receipt.released()).isZero();
        assertThat(journal.readAfter(0, 10)).extracting(JournalRecord::kind).containsExactly(RecordKind.VOTE_POLLBOOK);
        assertThat(journal.pendingInBox("poll:budget-2026")).isEqualTo(1);
        assertThat(journal.stats().secretsPending()).isEqualTo(1);
    }

    @Test
    void boxReleasesAllItsSecretsWhenItReachesTheThreshold() throws Exception {
        journal.deposit(pollbook("v1"), ballot("A"));
        journal.deposit(pollbook("v2"), ballot("B"));
        DepositReceipt third = journal.deposit(pollbook("v3"), ballot("C"));

        assertThat(third.released()).isEqualTo(THRESHOLD);
        assertThat(third.pendingInBox()).isZero();
        List<JournalRecord> ballots = journal.readAfter(0, 100).stream()
                .filter(r -> r.kind().equals(RecordKind.VOTE_BALLOT)).toList();
        assertThat(ballots).extracting(r -> r.body().tree().get("choice").asText()).containsExactlyInAnyOrder("A", "B", "C");
        assertThat(ballots).extracting(JournalRecord::clock).containsOnly(ballots.getFirst().clock());
        assertThat(journal.pendingInBox("poll:budget-2026")).isZero();
    }

    @Test
    void releasingABoxBeforeTheThresholdEmptiesItIntoTheJournal() throws Exception {
        journal.deposit(pollbook("v1"), ballot("A"));

        assertThat(journal.releaseBox("poll:budget-2026")).isEqualTo(1);
        assertThat(journal.releaseBox("poll:budget-2026")).isZero();
        assertThat(journal.readAfter(0, 10)).extracting(JournalRecord::kind)
                .containsExactly(RecordKind.VOTE_POLLBOOK, RecordKind.VOTE_BALLOT);
    }

    @Test
    void depositWithoutAnIdentifiedRecordOnlyFillsTheBox() throws Exception {
        SecretDraft answer = new SecretDraft("survey:park", RecordKind.SURVEY_RESPONSE,
                CanonicalJson.of(Map.of("q1", "yes")));

        DepositReceipt receipt = journal.deposit(null, answer);

        assertThat(receipt.identified()).isEmpty();
        assertThat(journal.lastSeq()).isZero();
        assertThat(journal.pendingInBox("survey:park")).isEqualTo(1);
    }

    @Test
    void boxesAreSeparatePerPoll() throws Exception {
        journal.deposit(pollbook("v1"), ballot("A"));
        journal.deposit(null, new SecretDraft("poll:other", RecordKind.VOTE_BALLOT, CanonicalJson.of(Map.of("choice", "X"))));

        assertThat(journal.pendingInBox("poll:budget-2026")).isEqualTo(1);
        assertThat(journal.pendingInBox("poll:other")).isEqualTo(1);
    }

    @Test
    void statsCountRecordsByKind() throws Exception {
        journal.append(checkin("a"));
        journal.append(checkin("b"));
        journal.append(RecordDraft.of(RecordKind.DEVICE_EVENT, Map.of("event", "started")));

        JournalStats stats = journal.stats();

        assertThat(stats.lastSeq()).isEqualTo(3);
        assertThat(stats.recordsByKind()).containsEntry("checkin", 2L).containsEntry("device.event", 1L);
        assertThat(stats.lastRecord()).contains(clock.stamp());
    }

    @Test
    void closedJournalRefusesAppends() throws Exception {
        journal.close();

        assertThatThrownBy(() -> journal.append(checkin("late")))
                .isInstanceOfSatisfying(JournalException.class,
                        e -> assertThat(e.failure()).isEqualTo(JournalException.Failure.CLOSED));
    }
}
