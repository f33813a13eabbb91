package org.madang.kiosk.ui.model.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.content.poll.BallotRule;
import org.madang.device.content.poll.Eligibility;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.poll.PollItem;
import org.madang.journal.JournalOptions;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.journal.sqlite.SqliteJournal;
import org.madang.journal.sqlite.SqliteJournalReader;
import org.madang.journal.testing.LinkageAttacks;
import org.madang.journal.testing.LinkageAttacks.Entry;
import org.madang.journal.testing.MutableClock;
import org.madang.journal.testing.TestKeys;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.UiTimeouts;
import org.madang.kiosk.ui.testing.FakeCheckinDesk;
import org.madang.kiosk.ui.testing.Fixtures;
import org.madang.kiosk.ui.testing.ManualScheduler;
import org.madang.kiosk.ui.testing.RecordingTones;
import org.madang.kiosk.ui.testing.SameThreadBackground;
import org.madang.kiosk.vote.HashedVoucherCodes;
import org.madang.kiosk.vote.JournalVoteDesk;
import org.madang.kiosk.vote.VoteFixtures;
import org.madang.kiosk.vote.Voting;

/**
 * Secret ballot through the path the screens call: 200 residents vote through the kiosk's view
 * model (welcome → scan → ballot taps → review → confirm), each with a ranked ballot the test can
 * recognise, 20 to 90 s apart. Then the journal file and the upload order (what
 * {@link SqliteJournalReader#readAfter} hands the sync agent) are attacked as in the journal's
 * {@code BallotSecrecyTest}: none links a ballot to its poll-book entry beyond chance.
 *
 * <p>Chance: batches of K = 10 shuffled ballots, so pairing by rank within a batch is right about
 * 1 time in 10: about 20 of 200 (fixed points of 20 random permutations of 10, close to
 * Poisson(20)); P(X >= 45) is below 1e-6, so the bound does not fail by bad luck. The control
 * pairs the same records by their true order and links all 200, so the attacks can see a link.
 */
class VoteSecrecyTest {

    private static final int VOTERS = 200;
    private static final int BOUND = 45;

    @TempDir
    Path temp;

    private final Random random = new Random(20261122);

    private static Poll ranked() {
        List<PollItem> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            items.add(VoteFixtures.item("i" + i, "안건 " + i, 0));
        }
        return VoteFixtures.poll("secret", new BallotRule.Ranked(5), items, Eligibility.ANYONE, VoteFixtures.ALL, false,
                Optional.empty(), Optional.empty());
    }

    @Test
    void twoHundredVotesThroughTheViewModelCannotBeLinkedFromTheFileOrTheUploadOrder() throws Exception {
        ManualScheduler scheduler = new ManualScheduler(VoteFixtures.NOW);
        MutableClock clock = (MutableClock) scheduler.clock();
        Path file = temp.resolve("journal.db");
        Map<String, String> ballotOfVoter = new LinkedHashMap<>();
        Poll poll = ranked();
        try (SqliteJournal journal = SqliteJournal.open(new JournalOptions(file, TestKeys.fixedDeviceKey(),
                clock.deviceClock(), new SecureRandom(), JournalOptions.DEFAULT_BOX_RELEASE_THRESHOLD, "secrecy"))) {
            JournalVoteDesk desk = JournalVoteDesk.open(journal, VoteFixtures.tokens(), VoteFixtures.content(poll),
                    new HashedVoucherCodes(), VoteFixtures.fakeSealer(), clock, "wolgok-01",
                    JournalOptions.DEFAULT_BOX_RELEASE_THRESHOLD);
            KioskViewModel vm = new KioskViewModel(Fixtures.services(new FakeCheckinDesk(), new RecordingTones())
                    .withVoting(new Voting(Optional.of(desk), text -> { }, false)), clock, scheduler,
                    new SameThreadBackground(), UiTimeouts.DEFAULTS);
            vm.start();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < VOTERS; i++) {
                scheduler.advance(Duration.ofSeconds(20 + random.nextInt(70)));
                String voter = String.format("v%03d", i);
                List<String> choice;
                do {
                    List<String> ids = new ArrayList<>(poll.items().stream().map(PollItem::id).toList());
                    Collections.shuffle(ids, random);
                    choice = ids.subList(0, 5);
                } while (!seen.add(String.join(",", choice)));
                vm.startVoting();
                vm.scanned(VoteFixtures.member(voter), ScanSource.KEYBOARD_WEDGE);
                choice.forEach(vm.vote()::toggle);
                vm.vote().review();
                vm.vote().confirm();
                assertThat(vm.vote().step().get()).isEqualTo(VoteStep.RECORDED);
                ballotOfVoter.put("\"p:" + voter + "\"", "{\"choices\":[\"" + String.join("\",\"", choice)
                        + "\"],\"poll\":\"secret\"}");
                scheduler.advance(UiTimeouts.DEFAULTS.feedbackShown());
            }
            assertThat(journal.pendingInBox("poll:secret")).isZero();
        }
        List<JournalRecord> upload;
        try (SqliteJournalReader reader = SqliteJournalReader.open(file)) {
            upload = reader.readAfter(0, 10_000);
        }
        byte[] raw = Files.readAllBytes(file);
        List<Entry> pollbooks = new ArrayList<>();
        List<Entry> ballots = new ArrayList<>();
        for (JournalRecord record : upload) {
            if (record.kind().equals(RecordKind.VOTE_POLLBOOK)) {
                pollbooks.add(new Entry(record, "\"" + record.body().tree().get("voter").asText() + "\""));
            } else if (record.kind().equals(RecordKind.VOTE_BALLOT)) {
                ballots.add(new Entry(record, record.body().text()));
            }
        }
        assertThat(pollbooks).hasSize(VOTERS);
        assertThat(ballots).hasSize(VOTERS);
        assertThat(ballots).extracting(Entry::key).containsExactlyInAnyOrderElementsOf(ballotOfVoter.values());

        Map<String, Integer> linked = LinkageAttacks.all(pollbooks, ballots, raw, ballotOfVoter);
        assertThat(linked).as("ballots linked to voters, of %d (chance about %d)", VOTERS, VOTERS / 10).hasSize(5)
                .allSatisfy((attack, hits) -> assertThat(hits).as(attack).isLessThan(BOUND));

        // Control: the attack finds every link when the ballots are in their voters' order.
        Map<String, Long> voteOrder = new LinkedHashMap<>();
        pollbooks.forEach(p -> voteOrder.put(ballotOfVoter.get(p.key()), p.record().seq()));
        assertThat(LinkageAttacks.byRank(pollbooks, ballots, e -> voteOrder.getOrDefault(e.key(), e.record().seq()), ballotOfVoter))
                .isEqualTo(VOTERS);
    }
}
