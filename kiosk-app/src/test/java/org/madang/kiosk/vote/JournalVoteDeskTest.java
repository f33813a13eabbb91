package org.madang.kiosk.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madang.kiosk.vote.VoteFixtures.member;
import static org.madang.kiosk.vote.VoteFixtures.voucher;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.content.poll.IdentificationMethod;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.poll.seal.BallotSeal;
import org.madang.device.content.poll.seal.SealKeyPair;
import org.madang.device.content.poll.seal.SealedBallot;
import org.madang.device.token.TokenRejection;
import org.madang.journal.JournalOptions;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.journal.chain.RecordHasher;
import org.madang.journal.sqlite.SqliteJournal;
import org.madang.journal.testing.MutableClock;
import org.madang.journal.testing.TestKeys;
import org.madang.sync.api.closing.BoxHash;
import org.madang.sync.api.closing.ClosingQrText;
import org.madang.sync.api.wire.RecordJson;

class JournalVoteDeskTest {

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(VoteFixtures.NOW);
    private final VoteFixtures.FakeVoteContent content = VoteFixtures.content(VoteFixtures.agenda(),
            VoteFixtures.single(), VoteFixtures.budget(), VoteFixtures.ranked(), VoteFixtures.sealedPoll());
    private SqliteJournal journal;
    private JournalVoteDesk desk;

    private JournalVoteDesk open() throws Exception {
        journal = SqliteJournal.open(new JournalOptions(temp.resolve("journal.db"), TestKeys.fixedDeviceKey(),
                clock.deviceClock(), new SecureRandom(), JournalOptions.DEFAULT_BOX_RELEASE_THRESHOLD, "vote test"));
        desk = JournalVoteDesk.open(journal, VoteFixtures.tokens(), content, new HashedVoucherCodes(),
                VoteFixtures.fakeSealer(), clock, "wolgok-01", JournalOptions.DEFAULT_BOX_RELEASE_THRESHOLD);
        return desk;
    }

    @AfterEach
    void close() throws Exception {
        if (journal != null) {
            journal.close();
        }
    }

    private VoterIdentity identified(Identification identification) {
        assertThat(identification).isInstanceOf(Identification.Identified.class);
        return ((Identification.Identified) identification).who();
    }

    private List<JournalRecord> records(RecordKind kind) throws Exception {
        return journal.readAfter(0, 10_000).stream().filter(r -> r.kind().equals(kind)).toList();
    }

    @Test
    void aMemberSeesEveryOpenPollTheyMayVoteIn() throws Exception {
        Identification id = open().identify(member("m1"));
        assertThat(((Identification.Identified) id).polls()).extracting(Poll::id)
                .containsExactly("agenda", "single", "budget", "ranked", "sealed");
    }

    @Test
    void aCastBallotIsOnePollBookEntryAndOneBallotInTheBox() throws Exception {
        VoterIdentity who = identified(open().identify(member("m1")));
        assertThat(desk.cast(who, "agenda", List.of("benches", "library"))).isEqualTo(new CastOutcome.Recorded("agenda"));
        List<JournalRecord> pollbook = records(RecordKind.VOTE_POLLBOOK);
        assertThat(pollbook).hasSize(1);
        assertThat(pollbook.getFirst().body().text()).isEqualTo("{\"method\":\"member\",\"poll\":\"agenda\",\"voter\":\"p:m1\"}");
        assertThat(records(RecordKind.VOTE_BALLOT)).isEmpty();
        assertThat(journal.pendingInBox("poll:agenda")).isEqualTo(1);
        assertThat(desk.polls().getFirst().turnout()).isEqualTo(1);
    }

    @Test
    void aSecondAttemptIsRefusedAtIdentificationAndAtCast() throws Exception {
        VoterIdentity who = identified(open().identify(member("m1")));
        desk.cast(who, "single", List.of("yes"));
        assertThat(desk.cast(who, "single", List.of("no"))).isEqualTo(new CastOutcome.Refused(VoteRefusal.ALREADY_VOTED));
        for (String poll : List.of("agenda", "budget", "ranked", "sealed")) {
            desk.cast(who, poll, poll.equals("budget") ? List.of("park") : List.of(content.poll(poll).orElseThrow()
                    .items().getFirst().id()));
        }
        assertThat(desk.identify(member("m1"))).isEqualTo(Identification.Refused.because(VoteRefusal.ALREADY_VOTED));
        assertThat(records(RecordKind.VOTE_POLLBOOK)).hasSize(5);
    }

    @Test
    void thePollBookSurvivesARestart() throws Exception {
        VoterIdentity who = identified(open().identify(member("m1")));
        desk.cast(who, "single", List.of("yes"));
        journal.close();
        open();
        assertThat(desk.cast(who, "single", List.of("yes"))).isEqualTo(new CastOutcome.Refused(VoteRefusal.ALREADY_VOTED));
        assertThat(desk.polls().get(1).turnout()).isEqualTo(1);
    }

    @Test
    void aResidentOfAnotherDongIsRefusedTheDongOnlyPoll() throws Exception {
        content.polls();
        VoteFixtures.FakeVoteContent only = VoteFixtures.content(VoteFixtures.agenda());
        JournalVoteDesk agendaOnly = new JournalVoteDesk(open().equals(desk) ? journal : journal, VoteFixtures.tokens(),
                only, new HashedVoucherCodes(), VoteFixtures.fakeSealer(), clock, "d", 10, new PollBook());
        assertThat(agendaOnly.identify(member("m2", VoteFixtures.OTHER_DONG, 1960)))
                .isEqualTo(Identification.Refused.because(VoteRefusal.NOT_ELIGIBLE_DONG));
        // Other polls (open to anyone) are still offered.
        assertThat(((Identification.Identified) desk.identify(member("m2", VoteFixtures.OTHER_DONG, 1960))).polls())
                .extracting(Poll::id).doesNotContain("agenda").contains("single");
    }

    @Test
    void someoneUnderTheMinimumAgeByBirthYearIsRefused() throws Exception {
        JournalVoteDesk agendaOnly = agendaOnly(VoteFixtures.agenda());
        // 2026 - 2013 = 13 < 14; born 2012 is 14 for the whole of 2026.
        assertThat(agendaOnly.identify(member("kid", VoteFixtures.DONG, 2013)))
                .isEqualTo(Identification.Refused.because(VoteRefusal.TOO_YOUNG));
        assertThat(agendaOnly.identify(member("teen", VoteFixtures.DONG, 2012)))
                .isInstanceOf(Identification.Identified.class);
    }

    private JournalVoteDesk agendaOnly(Poll poll) throws Exception {
        open();
        return new JournalVoteDesk(journal, VoteFixtures.tokens(), VoteFixtures.content(poll),
                new HashedVoucherCodes(), VoteFixtures.fakeSealer(), clock, "d", 10, new PollBook());
    }

    @Test
    void aPollNotOpenYetOrClosedTakesNoBallot() throws Exception {
        Poll later = VoteFixtures.withTimes(VoteFixtures.single(), VoteFixtures.NOW.plusSeconds(60),
                VoteFixtures.CLOSES);
        JournalVoteDesk laterDesk = agendaOnly(later);
        assertThat(laterDesk.identify(member("m1"))).isEqualTo(Identification.Refused.because(VoteRefusal.NOT_OPEN_YET));
        clock.advance(Duration.ofSeconds(60));
        VoterIdentity who = identified(laterDesk.identify(member("m1")));
        clock.set(VoteFixtures.CLOSES);
        assertThat(laterDesk.cast(who, "single", List.of("yes"))).isEqualTo(new CastOutcome.Refused(VoteRefusal.CLOSED));
        assertThat(laterDesk.identify(member("m2"))).isEqualTo(Identification.Refused.because(VoteRefusal.CLOSED));
    }

    @Test
    void aMethodThePollDoesNotAllowIsRefused() throws Exception {
        JournalVoteDesk membersOnly = agendaOnly(VoteFixtures.withMethods(VoteFixtures.agenda(),
                Set.of(IdentificationMethod.MEMBER)));
        assertThat(membersOnly.identify(voucher("agenda", "V-0001")))
                .isEqualTo(Identification.Refused.because(VoteRefusal.METHOD_NOT_ALLOWED));
        assertThat(membersOnly.unlock(Optional.of("s-1"), "agenda"))
                .isEqualTo(Identification.Refused.because(VoteRefusal.METHOD_NOT_ALLOWED));
    }

    @Test
    void aVoucherOpensOnlyItsPollAndOnlyOnceWhetherScannedOrTyped() throws Exception {
        Identification scanned = open().identify(voucher("agenda", "V-0001"));
        assertThat(((Identification.Identified) scanned).polls()).extracting(Poll::id).containsExactly("agenda");
        VoterIdentity who = identified(scanned);
        assertThat(desk.cast(who, "single", List.of("yes"))).isEqualTo(new CastOutcome.Refused(VoteRefusal.VOUCHER_OTHER_POLL));
        assertThat(desk.cast(who, "agenda", List.of())).isEqualTo(new CastOutcome.Recorded("agenda"));
        assertThat(records(RecordKind.VOTE_POLLBOOK).getFirst().body().tree().get("voter").asText()).isEqualTo("voucher:V-0001");
        assertThat(desk.identifyByCode(VoteFixtures.CODE.toLowerCase(java.util.Locale.ROOT).replace('-', ' ')))
                .isEqualTo(Identification.Refused.because(VoteRefusal.ALREADY_VOTED));
    }

    @Test
    void aTypedCodeIsNormalisedAndLookedUpByItsHash() throws Exception {
        Identification typed = open().identifyByCode(" " + VoteFixtures.CODE2.toLowerCase(java.util.Locale.ROOT) + " ");
        assertThat(typed).isEqualTo(new Identification.Identified(new VoterIdentity.Voucher("agenda", "V-0002"),
                List.of(VoteFixtures.agenda())));
    }

    @Test
    void typedCodesThatAreMistypedUnknownOrRevokedAreRefused() throws Exception {
        open();
        assertThat(desk.identifyByCode("ABCDE-FGHJ")).isEqualTo(Identification.Refused.because(VoteRefusal.CODE_MISTYPED));
        assertThat(desk.identifyByCode("ABCDE-FGH0I")).isEqualTo(Identification.Refused.because(VoteRefusal.CODE_MISTYPED));
        String wrongCheck = VoteFixtures.CODE.substring(0, 10) + (VoteFixtures.CODE.endsWith("2") ? "3" : "2");
        assertThat(desk.identifyByCode(wrongCheck)).isEqualTo(Identification.Refused.because(VoteRefusal.CODE_MISTYPED));
        assertThat(desk.identifyByCode(VoteFixtures.UNKNOWN_CODE)).isEqualTo(Identification.Refused.because(VoteRefusal.CODE_UNKNOWN));
        content.revoke("V-0001");
        assertThat(desk.identifyByCode(VoteFixtures.CODE)).isEqualTo(Identification.Refused.because(VoteRefusal.VOUCHER_REVOKED));
    }

    @Test
    void aVoucherForAPollThisTerminalDoesNotHoldIsRefused() throws Exception {
        assertThat(open().identify(voucher("elsewhere", "V-9"))).isEqualTo(
                Identification.Refused.because(VoteRefusal.VOUCHER_OTHER_POLL));
    }

    @Test
    void aRefusedTokenSaysTheTokensReason() throws Exception {
        assertThat(open().identify("reject:EXPIRED")).isEqualTo(
                new Identification.Refused(VoteRefusal.TOKEN_REJECTED, Optional.of(TokenRejection.EXPIRED)));
        assertThat(desk.identify("garbage")).isEqualTo(
                new Identification.Refused(VoteRefusal.TOKEN_REJECTED, Optional.of(TokenRejection.MALFORMED)));
    }

    @Test
    void staffUnlocksOneBallotEachTimeAndTheyAreCountedPerStaffMember() throws Exception {
        open();
        for (int i = 0; i < 3; i++) {
            VoterIdentity who = identified(desk.unlock(Optional.of("s-1"), "single"));
            assertThat(desk.cast(who, "single", List.of("yes"))).isInstanceOf(CastOutcome.Recorded.class);
        }
        VoterIdentity pin = identified(desk.unlock(Optional.empty(), "single"));
        desk.cast(pin, "single", List.of("no"));
        assertThat(records(RecordKind.VOTE_POLLBOOK)).extracting(r -> r.body().tree().get("voter").asText())
                .containsExactly("staff:s-1", "staff:s-1", "staff:s-1", "staff:pin");
    }

    @Test
    void anInvalidBallotIsRefusedAndNothingRecorded() throws Exception {
        VoterIdentity who = identified(open().identify(member("m1")));
        assertThat(desk.cast(who, "budget", List.of("park", "cctv", "mural")))
                .isEqualTo(new CastOutcome.Refused(VoteRefusal.INVALID_BALLOT));
        assertThat(desk.cast(who, "ranked", List.of())).isEqualTo(new CastOutcome.Refused(VoteRefusal.INVALID_BALLOT));
        assertThat(journal.lastSeq()).isZero();
        assertThat(desk.cast(who, "budget", List.of("park", "cctv"))).isInstanceOf(CastOutcome.Recorded.class);
    }

    @Test
    void aFailedDepositRecordsNothingAndLeavesTheVoterFreeToTryAgain() throws Exception {
        open();
        DepositFailing failing = new DepositFailing(journal);
        JournalVoteDesk broken = new JournalVoteDesk(failing, VoteFixtures.tokens(), content, new HashedVoucherCodes(),
                VoteFixtures.fakeSealer(), clock, "d", 10, new PollBook());
        VoterIdentity who = identified(broken.identify(member("m1")));
        failing.failing = true;
        assertThat(broken.cast(who, "single", List.of("yes"))).isEqualTo(new CastOutcome.Refused(VoteRefusal.NOT_RECORDED));
        assertThat(journal.lastSeq()).isZero();
        failing.failing = false;
        assertThat(broken.cast(who, "single", List.of("yes"))).isEqualTo(new CastOutcome.Recorded("single"));
    }

    /** The SQLite journal whose deposits fail (disk full) while {@code failing} is set. */
    private static final class DepositFailing implements org.madang.journal.Journal {
        private final org.madang.journal.Journal delegate;
        private volatile boolean failing;

        DepositFailing(org.madang.journal.Journal delegate) {
            this.delegate = delegate;
        }

        @Override
        public org.madang.journal.AppendReceipt append(org.madang.journal.RecordDraft draft)
                throws org.madang.journal.JournalException {
            return delegate.append(draft);
        }

        @Override
        public org.madang.journal.DepositReceipt deposit(org.madang.journal.RecordDraft identified,
                org.madang.journal.SecretDraft secret) throws org.madang.journal.JournalException {
            if (failing) {
                throw new org.madang.journal.JournalException(org.madang.journal.JournalException.Failure.DISK_FULL,
                        null, "test: disk full");
            }
            return delegate.deposit(identified, secret);
        }

        @Override
        public int releaseBox(String boxId) throws org.madang.journal.JournalException {
            return delegate.releaseBox(boxId);
        }

        @Override
        public int pendingInBox(String boxId) throws org.madang.journal.JournalException {
            return delegate.pendingInBox(boxId);
        }

        @Override
        public org.madang.journal.JournalInfo info() throws org.madang.journal.JournalException {
            return delegate.info();
        }

        @Override
        public long lastSeq() throws org.madang.journal.JournalException {
            return delegate.lastSeq();
        }

        @Override
        public List<JournalRecord> readAfter(long afterSeq, int maxRecords) throws org.madang.journal.JournalException {
            return delegate.readAfter(afterSeq, maxRecords);
        }

        @Override
        public org.madang.journal.JournalStats stats() throws org.madang.journal.JournalException {
            return delegate.stats();
        }

        @Override
        public void close() {
            // The test closes the SQLite journal itself.
        }
    }

    @Test
    void aSealedPollsBallotIsSealedBeforeItIsDeposited() throws Exception {
        VoterIdentity who = identified(open().identify(member("m1")));
        desk.cast(who, "sealed", List.of("no"));
        desk.close("sealed", ClosedBy.PIN);
        JournalRecord ballot = records(RecordKind.VOTE_BALLOT).getFirst();
        assertThat(ballot.body().text()).doesNotContain("choices").contains("\"kid\":\"poll-sealed\"");
        ClosingSheet sheet = desk.polls().get(4).closing().orElseThrow();
        assertThat(sheet.counts()).isEmpty();
        assertThat(records(RecordKind.VOTE_CLOSE).getFirst().body().text()).doesNotContain("counts").doesNotContain("blank");
        assertThat(sheet.boxHash()).isEqualTo(BoxHash.of(List.of(ballot.hash().hex())));
    }

    @Test
    void aRealSealOpensAtTheCentralToThePlainBallotAndNothingElse() throws Exception {
        SealKeyPair keys = SealKeyPair.generate();
        Poll sealed = VoteFixtures.poll("sealed", new org.madang.device.content.poll.BallotRule.Single(),
                VoteFixtures.single().items(), org.madang.device.content.poll.Eligibility.ANYONE, VoteFixtures.ALL, false,
                Optional.of(new org.madang.device.content.poll.SealKey("poll-sealed", keys.publicKey())), Optional.empty());
        open();
        JournalVoteDesk real = new JournalVoteDesk(journal, VoteFixtures.tokens(), VoteFixtures.content(sealed),
                new HashedVoucherCodes(), BallotSealer.ballotSeal(new SecureRandom()), clock, "d", 10, new PollBook());
        real.cast(identified(real.identify(member("m1"))), "sealed", List.of("no"));
        real.close("sealed", ClosedBy.PIN);
        var body = records(RecordKind.VOTE_BALLOT).getFirst().body().tree();
        byte[] plain = BallotSeal.open("poll-sealed", keys.privateKey(), SealedBallot.fromJson(body.get("sealed")), "sealed");
        assertThat(new String(plain, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"choices\":[\"no\"],\"poll\":\"sealed\"}");
        assertThat(body.toString()).doesNotContain("no\"");
    }

    @Test
    void closingReleasesTheBoxAndTheSheetEqualsAnIndependentCountOfTheJournal() throws Exception {
        open();
        java.util.Random random = new java.util.Random(5);
        List<String> items = List.of("benches", "lights", "library", "market", "garden");
        for (int i = 0; i < 23; i++) {
            VoterIdentity who = identified(desk.identify(member("m" + i)));
            List<String> choice = new ArrayList<>(items.subList(0, random.nextInt(4)));
            java.util.Collections.shuffle(choice, random);
            assertThat(desk.cast(who, "agenda", choice)).isInstanceOf(CastOutcome.Recorded.class);
        }
        desk.cast(identified(desk.unlock(Optional.of("s-1"), "agenda")), "agenda", List.of("garden"));
        ClosingSheet sheet = desk.close("agenda", ClosedBy.staff("s-1"));
        assertThat(journal.pendingInBox("poll:agenda")).isZero();

        Map<String, Integer> counted = new HashMap<>();
        int blank = 0;
        List<String> hashes = new ArrayList<>();
        for (JournalRecord ballot : records(RecordKind.VOTE_BALLOT)) {
            hashes.add(ballot.hash().hex());
            var choices = ballot.body().tree().get("choices");
            blank += choices.isEmpty() ? 1 : 0;
            choices.forEach(c -> counted.merge(c.asText(), 1, Integer::sum));
        }
        assertThat(hashes).hasSize(24);
        items.forEach(item -> assertThat(sheet.counts().get(item)).as(item).isEqualTo(counted.getOrDefault(item, 0)));
        assertThat(sheet.blank()).isEqualTo(blank);
        assertThat(sheet.turnout()).isEqualTo(24);
        assertThat(sheet.methods()).containsEntry("member", 23).containsEntry("staff", 1).containsEntry("voucher", 0);
        assertThat(sheet.closedBy()).isEqualTo(ClosedBy.staff("s-1"));
        assertThat(sheet.boxHash()).isEqualTo(BoxHash.of(hashes));
        // A closed poll takes no more ballots, and closing again gives the same sheet.
        assertThat(desk.identify(member("late"))).isInstanceOf(Identification.Identified.class);
        assertThat(((Identification.Identified) desk.identify(member("late"))).polls()).extracting(Poll::id)
                .doesNotContain("agenda");
        assertThat(desk.close("agenda", ClosedBy.PIN)).isEqualTo(sheet);
        assertThat(records(RecordKind.VOTE_CLOSE)).hasSize(1);
    }

    @Test
    void rankedPollsCountFirstChoices() throws Exception {
        open();
        desk.cast(identified(desk.identify(member("a"))), "ranked", List.of("b", "a", "c"));
        desk.cast(identified(desk.identify(member("b"))), "ranked", List.of("b", "c"));
        desk.cast(identified(desk.identify(member("c"))), "ranked", List.of("d"));
        ClosingSheet sheet = desk.close("ranked", ClosedBy.PIN);
        assertThat(sheet.counts()).containsExactly(Map.entry("a", 0), Map.entry("b", 2), Map.entry("c", 0),
                Map.entry("d", 1));
        assertThat(records(RecordKind.VOTE_BALLOT)).extracting(r -> r.body().text())
                .contains("{\"choices\":[\"b\",\"a\",\"c\"],\"poll\":\"ranked\"}");
    }

    @Test
    void pollsCloseThemselvesAtTheirClosingTimeAndStayClosedAfterARestart() throws Exception {
        open();
        desk.cast(identified(desk.identify(member("m1"))), "single", List.of("yes"));
        assertThat(desk.closeDue()).isEmpty();
        clock.set(VoteFixtures.CLOSES);
        List<ClosingSheet> closed = desk.closeDue();
        assertThat(closed).extracting(ClosingSheet::pollId).containsExactly("agenda", "single", "budget", "ranked", "sealed");
        assertThat(closed.get(1).closedBy()).isEqualTo(ClosedBy.SCHEDULE);
        assertThat(closed.get(1).counts()).containsEntry("yes", 1);
        assertThat(desk.closeDue()).isEmpty();
        journal.close();
        open();
        assertThat(desk.polls()).allMatch(p -> p.phase() == PollStatus.Phase.CLOSED && p.closing().isPresent());
        assertThat(desk.polls().get(1).closing().orElseThrow()).isEqualTo(closed.get(1));
    }

    @Test
    void theClosingQrDecodesToTheSignedCloseRecord() throws Exception {
        open();
        desk.cast(identified(desk.identify(member("m1"))), "single", List.of("no"));
        ClosingSheet sheet = desk.close("single", ClosedBy.PIN);
        assertThat(sheet.qrText()).startsWith("MADANG-CLOSE2:");
        JournalRecord decoded;
        try (JsonParser parser = new JsonFactory().createParser(ClosingQrText.json(sheet.qrText()))) {
            parser.nextToken();
            decoded = RecordJson.read(parser);
        }
        assertThat(decoded.kind()).isEqualTo(RecordKind.VOTE_CLOSE);
        assertThat(decoded.body().tree().get("counts").get("no").asInt()).isEqualTo(1);
        assertThat(RecordHasher.hash(decoded.seq(), decoded.id(), decoded.kind(), decoded.body(), decoded.clock(),
                decoded.prevHash(), decoded.keyId())).isEqualTo(decoded.hash());
        assertThat(TestKeys.fixedDeviceKey().publicKey().verifies(decoded.hash().bytes(), decoded.signature())).isTrue();
        assertThat(decoded).isEqualTo(journal.readAfter(sheet.seq() - 1, 1).getFirst());
    }
}
