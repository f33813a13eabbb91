package org.madang.kiosk.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madang.kiosk.testing.FakeTokenVerifier.member;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.madang.device.content.CheckinLimit;
import org.madang.device.content.Event;
import org.madang.device.token.TokenRejection;
import org.madang.journal.JournalException;
import org.madang.journal.JournalOptions;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.journal.sqlite.SqliteJournal;
import org.madang.journal.JournalScan;
import org.madang.journal.testing.TestKeys;
import org.madang.kiosk.checkin.CheckinOutcome.Accepted;
import org.madang.kiosk.checkin.CheckinOutcome.Duplicate;
import org.madang.kiosk.checkin.CheckinOutcome.Rejected;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.testing.FakeCheckinContent;
import org.madang.kiosk.testing.FakeTokenVerifier;
import org.madang.journal.testing.MutableClock;
import org.madang.kiosk.testing.SwitchableJournal;

class JournalCheckinDeskTest {

    private static final String SITE = "1114055000";
    /** 2026-11-22 10:00 in Seoul. */
    private static final Instant MORNING = Instant.parse("2026-11-22T01:00:00Z");
    private static final Instant START = Instant.parse("2026-11-21T00:00:00Z");
    private static final Instant END = Instant.parse("2026-11-25T00:00:00Z");

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(MORNING);
    private final FakeCheckinContent content = new FakeCheckinContent()
            .add(FakeCheckinContent.event("cleanup", CheckinLimit.ONCE_PER_EVENT, START, END))
            .add(FakeCheckinContent.event("festival", CheckinLimit.ONCE_PER_DAY, START, END))
            .add(new Event("elsewhere", "다른 동", "Elsewhere", Optional.of("2611051000"), START, END, 300,
                    CheckinLimit.ONCE_PER_EVENT))
            .add(new Event("here", "명동", "Here", Optional.of(SITE), START, END, 1200, CheckinLimit.ONCE_PER_EVENT));
    private SwitchableJournal journal;
    private JournalCheckinDesk desk;

    @BeforeEach
    void openDesk() throws JournalException {
        journal = new SwitchableJournal(SqliteJournal.open(options()));
        desk = JournalCheckinDesk.open(journal, new FakeTokenVerifier(), content, SITE, clock);
    }

    @AfterEach
    void closeJournal() throws JournalException {
        journal.close();
    }

    private JournalOptions options() {
        return new JournalOptions(temp.resolve("journal.db"), TestKeys.fixedDeviceKey(), clock.deviceClock(),
                new SecureRandom(), JournalOptions.DEFAULT_BOX_RELEASE_THRESHOLD, "desk test");
    }

    private CheckinOutcome scan(String memberId, String eventId) {
        return desk.checkIn(member(memberId), ScanSource.CAMERA, eventId);
    }

    @Test
    void recordsAnAcceptedCheckinDurablyWithItsPointsAndPseudonym() throws Exception {
        CheckinOutcome outcome = scan("alice", "here");

        assertThat(outcome).isInstanceOfSatisfying(Accepted.class, accepted -> {
            assertThat(accepted.points()).isEqualTo(1200);
            assertThat(accepted.seq()).isEqualTo(1);
            assertThat(accepted.at()).isEqualTo(MORNING);
        });
        JournalRecord record = journal.readAfter(0, 10).getFirst();
        assertThat(record.kind()).isEqualTo(RecordKind.CHECKIN);
        assertThat(CheckinRecord.from(record)).contains(new CheckinRecord("here", "m1:ecila", 1200,
                CheckinLimit.ONCE_PER_EVENT, LocalDate.of(2026, 11, 22), "camera", FakeTokenVerifier.KEY_ID, true));
        assertThat(record.body().text()).doesNotContain("alice");
    }

    @Test
    void refusesASecondCheckinToAOncePerEventEventGivingTheFirstTime() throws Exception {
        scan("alice", "cleanup");
        clock.advance(Duration.ofDays(1));

        assertThat(scan("alice", "cleanup")).isInstanceOfSatisfying(Duplicate.class,
                duplicate -> assertThat(duplicate.firstAt()).isEqualTo(MORNING));
        assertThat(journal.lastSeq()).isEqualTo(1);
    }

    @Test
    void countsEachMemberSeparately() {
        scan("alice", "cleanup");

        assertThat(scan("bob", "cleanup")).isInstanceOf(Accepted.class);
    }

    @Test
    void refusesASecondCheckinTheSameDayToAOncePerDayEvent() {
        scan("alice", "festival");
        clock.advance(Duration.ofHours(10)); // 20:00 in Seoul, same day

        assertThat(scan("alice", "festival")).isInstanceOfSatisfying(Duplicate.class,
                duplicate -> assertThat(duplicate.firstAt()).isEqualTo(MORNING));
    }

    @ParameterizedTest(name = "first {0}, second {1}: {2}")
    @CsvSource({
        // 00:00 in Seoul is 15:00 UTC the day before.
        "2026-11-22T14:59:59.999Z, 2026-11-22T15:00:00Z,     accepted",
        "2026-11-22T15:00:00Z,     2026-11-23T14:59:59.999Z, duplicate",
        "2026-11-21T15:00:00Z,     2026-11-22T14:59:59Z,     duplicate",
        "2026-11-22T00:00:00Z,     2026-11-22T16:00:00Z,     accepted"
    })
    void countsOncePerDayByTheSeoulCalendarDay(Instant first, Instant second, String expected) {
        clock.set(first);
        assertThat(scan("alice", "festival")).isInstanceOf(Accepted.class);
        clock.set(second);

        assertThat(scan("alice", "festival")).isInstanceOf(expected.equals("accepted") ? Accepted.class : Duplicate.class);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2026-11-20T23:59:59.999Z, EVENT_NOT_STARTED",
        "2026-11-21T00:00:00Z,     ",
        "2026-11-24T23:59:59.999Z, ",
        "2026-11-25T00:00:00Z,     EVENT_ENDED",
        "2027-01-01T00:00:00Z,     EVENT_ENDED"
    })
    void opensAtTheStartInclusiveAndClosesAtTheEndExclusive(Instant at, CheckinRefusal refusal) {
        clock.set(at);

        CheckinOutcome outcome = scan("alice", "cleanup");

        if (refusal == null) {
            assertThat(outcome).isInstanceOf(Accepted.class);
        } else {
            assertThat(outcome).isEqualTo(new Rejected(refusal, Optional.empty()));
        }
    }

    @Test
    void refusesAnEventHeldAtAnotherSite() throws Exception {
        assertThat(scan("alice", "elsewhere")).isEqualTo(new Rejected(CheckinRefusal.WRONG_SITE, Optional.empty()));
        assertThat(journal.lastSeq()).isZero();
    }

    @ParameterizedTest
    @CsvSource(value = {"no-such-event", "''", "NULL"}, nullValues = "NULL")
    void refusesAnUnknownOrMissingEvent(String eventId) throws Exception {
        assertThat(scan("alice", eventId)).isEqualTo(new Rejected(CheckinRefusal.NO_SUCH_EVENT, Optional.empty()));
        assertThat(journal.lastSeq()).isZero();
    }

    @ParameterizedTest
    @EnumSource(TokenRejection.class)
    void passesTheTokenRejectionThrough(TokenRejection reason) throws Exception {
        CheckinOutcome outcome = desk.checkIn("reject:" + reason.name(), ScanSource.SERIAL, "cleanup");

        assertThat(outcome).isEqualTo(new Rejected(CheckinRefusal.TOKEN_REJECTED, Optional.of(reason)));
        assertThat(journal.lastSeq()).isZero();
    }

    @Test
    void refusesAStaffCardAsTheWrongKindOfToken() {
        assertThat(desk.checkIn("staff:kim", ScanSource.STDIN, "cleanup"))
                .isEqualTo(new Rejected(CheckinRefusal.TOKEN_REJECTED, Optional.of(TokenRejection.WRONG_TYPE)));
    }

    @Test
    void rebuildsItsLedgerFromTheJournalAfterARestart() throws Exception {
        scan("alice", "cleanup");
        scan("bob", "festival");
        journal.close();
        clock.advance(Duration.ofHours(2));

        journal = new SwitchableJournal(SqliteJournal.open(options()));
        desk = JournalCheckinDesk.open(journal, new FakeTokenVerifier(), content, SITE, clock);

        assertThat(scan("alice", "cleanup")).isInstanceOfSatisfying(Duplicate.class,
                duplicate -> assertThat(duplicate.firstAt()).isEqualTo(MORNING));
        assertThat(scan("bob", "festival")).isInstanceOf(Duplicate.class);
        assertThat(scan("carol", "cleanup")).isInstanceOfSatisfying(Accepted.class,
                accepted -> assertThat(accepted.seq()).isEqualTo(3));
    }

    @Test
    void rebuildsALedgerLargerThanOneReadBatch() throws Exception {
        for (int i = 0; i < JournalScan.BATCH + 5; i++) {
            scan("member-" + i, "cleanup");
        }

        CheckinLedger ledger = CheckinLedger.rebuild(journal);

        assertThat(ledger.size()).isEqualTo(JournalScan.BATCH + 5);
        assertThat(ledger.earlierCheckin("cleanup", "m1:" + new StringBuilder("member-" + JournalScan.BATCH).reverse(),
                CheckinLimit.ONCE_PER_EVENT, LocalDate.of(2026, 11, 22))).contains(MORNING);
    }

    @Test
    void saysNotRecordedWhenTheJournalFailsAndLeavesTheMemberFreeToRetry() throws Exception {
        journal.failing(true);

        assertThat(scan("alice", "cleanup")).isEqualTo(new Rejected(CheckinRefusal.NOT_RECORDED, Optional.empty()));

        journal.failing(false);
        assertThat(scan("alice", "cleanup")).isInstanceOf(Accepted.class);
        assertThat(journal.lastSeq()).isEqualTo(1);
    }

    @Test
    void acceptsOnlyOneOfManySimultaneousScansOfTheSameMember() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<CheckinOutcome>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return scan("alice", "cleanup");
                }));
            }
            go.countDown();
            List<CheckinOutcome> outcomes = new ArrayList<>();
            for (Future<CheckinOutcome> result : results) {
                outcomes.add(result.get());
            }

            assertThat(outcomes).filteredOn(Accepted.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(Duplicate.class::isInstance).hasSize(threads - 1);
            assertThat(journal.lastSeq()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void recordsWhetherTheClockWasTrustedWhenTheTokenWasChecked() throws Exception {
        desk = JournalCheckinDesk.open(journal, new FakeTokenVerifier(false), content, SITE, clock);

        scan("alice", "cleanup");

        assertThat(CheckinRecord.from(journal.readAfter(0, 1).getFirst()).orElseThrow().clockTrusted()).isFalse();
    }
}
