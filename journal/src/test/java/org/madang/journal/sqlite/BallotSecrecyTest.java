package org.madang.journal.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madang.journal.testing.LinkageAttacks.lastOffset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.journal.CanonicalJson;
import org.madang.journal.Journal;
import org.madang.journal.JournalOptions;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.SecretDraft;
import org.madang.journal.testing.FakeDeviceClock;
import org.madang.journal.testing.LinkageAttacks;
import org.madang.journal.testing.LinkageAttacks.Entry;
import org.madang.journal.testing.TestKeys;

/**
 * Secret ballot: with 100 voters whose ballots the test can recognise, no attack on the SQLite
 * file, its write-ahead log or the order records are read out links a ballot to its poll-book
 * entry better than chance. The same attacks against ballots appended in voting order link
 * (nearly) every one, which shows the attacks work.
 *
 * <p>Chance: ballots are released in shuffled batches of K = 10, so an attacker who knows the
 * batches guesses right one time in ten: about 10 of 100. Fixed points of ten random
 * permutations of ten are close to Poisson(10), and P(X >= 30) is about 1e-7, so the bound of 30
 * does not fail by bad luck. Mid-batch snapshots: guessing which pending ballot is the newest
 * among n is right 1/n of the time, about 18 of the 80 snapshots with n >= 2 (sd 3.6); the
 * bound is 40.
 */
class BallotSecrecyTest {

    private static final int VOTERS = 100;
    private static final String POLL = "poll:2026-wolgok1-agenda";

    @TempDir
    Path dir;

    private final Random random = new Random();

    /** How a voter's poll-book entry and ballot reach the journal. */
    private interface VotingPath {
        void cast(Journal journal, String voter, String marker) throws Exception;
    }

    private static final VotingPath BALLOT_BOX = (journal, voter, marker) -> journal.deposit(
            RecordDraft.of(RecordKind.VOTE_POLLBOOK, Map.of("poll", POLL, "voter", voter)),
            new SecretDraft(POLL, RecordKind.VOTE_BALLOT, CanonicalJson.of(Map.of("poll", POLL, "choice", marker))));

    /** The design the ballot box exists to prevent: ballot written right after its voter. */
    private static final VotingPath IN_VOTING_ORDER = (journal, voter, marker) -> {
        journal.append(RecordDraft.of(RecordKind.of("test.pollbook"), Map.of("poll", POLL, "voter", voter)));
        journal.append(RecordDraft.of(RecordKind.of("test.ballot"), Map.of("poll", POLL, "choice", marker)));
    };

    /** What the attacks achieved, each a number of correctly linked voters. */
    private record Election(Map<String, Integer> linked, int snapshots, Map<String, Integer> snapshotHits,
            long maxWalBytesAfterVote) {
    }

    @Test
    void ballotsCannotBeLinkedToVotersFromTheFileTheLogOrTheReadOrder() throws Exception {
        Election election = hold(BALLOT_BOX);
        System.out.println("ballot box: linked " + election.linked() + "; snapshots " + election.snapshotHits());

        assertThat(election.linked()).as("voters linked to their ballot, out of %d", VOTERS).hasSize(5)
                .allSatisfy((attack, hits) -> assertThat(hits).as(attack).isLessThan(30));
        assertThat(election.snapshots()).isEqualTo(80);
        assertThat(election.snapshotHits()).as("newest pending ballot guessed, out of 80 snapshots")
                .allSatisfy((attack, hits) -> assertThat(hits).as(attack).isLessThan(40));
        assertThat(election.maxWalBytesAfterVote()).as("write-ahead log left after a vote").isZero();
    }

    @Test
    void theSameAttacksLinkAlmostEveryBallotAppendedInVotingOrder() throws Exception {
        Election election = hold(IN_VOTING_ORDER);
        System.out.println("in voting order: linked " + election.linked() + "; snapshots " + election.snapshotHits());

        // Random ids and the rank of offsets are weak attacks even here; the others must succeed
        // (the adjacent-cell attack misses only where a pair straddles a page boundary).
        assertThat(election.linked()).containsEntry(LinkageAttacks.READ_ORDER, VOTERS)
                .containsEntry(LinkageAttacks.NEAREST_EARLIER_TIME, VOTERS);
        assertThat(election.linked().get(LinkageAttacks.ADJACENT_CELL)).isGreaterThanOrEqualTo(70);
        assertThat(election.snapshotHits().get("newest stored last")).as("snapshot attacks %s", election.snapshotHits())
                .isEqualTo(80);
    }

    private Election hold(VotingPath path) throws Exception {
        FakeDeviceClock clock = FakeDeviceClock.standard();
        Path file = dir.resolve("journal.db");
        Path wal = dir.resolve("journal.db-wal");
        Map<String, String> ballotOfVoter = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>();
        Map<String, Integer> snapshotHits = new LinkedHashMap<>();
        int snapshots = 0;
        long maxWal = 0;
        List<JournalRecord> records;
        byte[] finalFile;
        try (Journal journal = SqliteJournal.open(new JournalOptions(file, TestKeys.deviceKey(), clock,
                new SecureRandom(), 10, "secrecy test"))) {
            for (int i = 0; i < VOTERS; i++) {
                clock.advance(Duration.ofSeconds(20 + random.nextInt(70)));
                String voter = "voter-" + HexFormat.of().toHexDigits(random.nextLong());
                String marker = "ballot-" + HexFormat.of().toHexDigits(random.nextLong());
                ballotOfVoter.put(voter, marker);
                pending.add(marker);
                path.cast(journal, voter, marker);
                maxWal = Math.max(maxWal, Files.exists(wal) ? Files.size(wal) : 0);
                if (pending.size() == 10) {
                    pending.clear();
                } else if (pending.size() >= 2) {
                    // Someone copies the device's files now and asks: which pending ballot is the newest voter's?
                    snapshots++;
                    Path copy = snapshot(file, wal);
                    List<String> stored = storedOrderOfPending(copy, pending);
                    assertThat(stored).containsExactlyInAnyOrderElementsOf(pending);
                    hit(snapshotHits, "newest stored last", stored.getLast().equals(marker));
                    hit(snapshotHits, "newest stored first", stored.getFirst().equals(marker));
                    byte[] raw = concat(Files.readAllBytes(copy), readIfExists(copy.resolveSibling("journal.db-wal")));
                    List<String> byOffset = pending.stream().sorted(Comparator.comparingLong(m -> lastOffset(raw, m))).toList();
                    hit(snapshotHits, "newest at the highest file offset", byOffset.getLast().equals(marker));
                    hit(snapshotHits, "newest at the lowest file offset", byOffset.getFirst().equals(marker));
                }
            }
            records = journal.readAfter(0, 10_000);
        }
        finalFile = Files.readAllBytes(file);
        List<Entry> pollbooks = new ArrayList<>();
        List<Entry> ballots = new ArrayList<>();
        for (JournalRecord record : records) {
            var body = record.body().tree();
            if (record.kind().name().endsWith("pollbook")) {
                pollbooks.add(new Entry(record, body.get("voter").asText()));
            } else if (record.kind().name().endsWith("ballot")) {
                ballots.add(new Entry(record, body.get("choice").asText()));
            }
        }
        assertThat(pollbooks).hasSize(VOTERS);
        assertThat(ballots).hasSize(VOTERS);
        return new Election(LinkageAttacks.all(pollbooks, ballots, finalFile, ballotOfVoter), snapshots, snapshotHits,
                maxWal);
    }

    private static void hit(Map<String, Integer> hits, String attack, boolean correct) {
        hits.merge(attack, correct ? 1 : 0, Integer::sum);
    }

    /** Copies the journal's files as someone holding the device would, while the writer is idle. */
    private Path snapshot(Path file, Path wal) throws Exception {
        Path into = Files.createTempDirectory(dir, "snapshot");
        Files.copy(file, into.resolve("journal.db"));
        if (Files.exists(wal)) {
            Files.copy(wal, into.resolve("journal.db-wal"));
        }
        return into.resolve("journal.db");
    }

    private static byte[] readIfExists(Path path) throws java.io.IOException {
        return Files.exists(path) ? Files.readAllBytes(path) : new byte[0];
    }

    /**
     * The pending ballots in the order the snapshot stores them: the ballot box's array, or for
     * ballots written as records, their record order.
     */
    private static List<String> storedOrderOfPending(Path copy, List<String> pending) throws Exception {
        List<String> order = new ArrayList<>();
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy);
                var statement = connection.createStatement()) {
            try (var box = statement.executeQuery("SELECT secrets FROM ballot_box")) {
                while (box.next()) {
                    for (var secret : CanonicalJson.fromStoredBytes(box.getBytes(1)).tree().path("secrets")) {
                        order.add(secret.get("choice").asText());
                    }
                }
            }
            try (var ballots = statement.executeQuery("SELECT body FROM records WHERE kind = 'test.ballot' ORDER BY seq")) {
                while (ballots.next()) {
                    order.add(CanonicalJson.fromStoredBytes(ballots.getBytes(1)).tree().get("choice").asText());
                }
            }
        }
        order.retainAll(pending);
        return order;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
