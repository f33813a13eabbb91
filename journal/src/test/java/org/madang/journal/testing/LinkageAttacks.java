package org.madang.journal.testing;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.madang.journal.JournalRecord;

/**
 * Attacks on secrecy (decision 0004): given who-records (poll-book entries, survey points) and
 * what-records (ballots, responses) read out of a journal, and the journal's file, each attack
 * pairs them up and counts how many pairs are right. Secrecy tests assert the counts stay near
 * chance; their controls assert the same attacks link records written in order, so the attacks
 * are known to work.
 */
public final class LinkageAttacks {

    /** The attack that pairs records by read (upload) order. */
    public static final String READ_ORDER = "read order";
    /** The attack that pairs records by the order of their random ids. */
    public static final String RECORD_IDS = "record ids";
    /** The attack that pairs records by where their text last appears in the file. */
    public static final String FILE_OFFSET_RANK = "file offset rank";
    /** The attack that gives each what-record the who-record stored just above it in the file. */
    public static final String ADJACENT_CELL = "adjacent cell in the file";
    /** The attack that gives each what-record the latest who-record written before it. */
    public static final String NEAREST_EARLIER_TIME = "nearest earlier time";

    private LinkageAttacks() {
    }

    /**
     * One record as the attacker sees it.
     *
     * @param record the record read from the journal
     * @param key text of the record that the test can recognise, both in {@code truth} and as bytes in the file
     */
    public record Entry(JournalRecord record, String key) {
    }

    /**
     * Runs every attack.
     *
     * @param who the who-records (poll-book entries, points records)
     * @param what the what-records (ballots, responses)
     * @param file the journal file's bytes (and its write-ahead log's, if any)
     * @param truth each who-record's key to the key of its what-record
     * @return correctly linked pairs per attack, keyed by the constants above, in their order
     */
    public static Map<String, Integer> all(List<Entry> who, List<Entry> what, byte[] file, Map<String, String> truth) {
        Map<String, Integer> linked = new LinkedHashMap<>();
        linked.put(READ_ORDER, byRank(who, what, e -> e.record().seq(), truth));
        linked.put(RECORD_IDS, byRank(who, what, e -> e.record().id().hashCode(), truth));
        linked.put(FILE_OFFSET_RANK, byRank(who, what, e -> lastOffset(file, e.key()), truth));
        linked.put(ADJACENT_CELL, adjacentCell(who, what, file, truth));
        linked.put(NEAREST_EARLIER_TIME, nearestEarlier(who, what, truth));
        return linked;
    }

    /** Pairs the i-th who-record with the i-th what-record, both ordered by {@code rank}. */
    public static int byRank(List<Entry> who, List<Entry> what, ToLongFunction<Entry> rank, Map<String, String> truth) {
        List<Entry> w = who.stream().sorted(Comparator.comparingLong(rank)).toList();
        List<Entry> x = what.stream().sorted(Comparator.comparingLong(rank)).toList();
        int hits = 0;
        for (int i = 0; i < w.size(); i++) {
            hits += truth.get(w.get(i).key()).equals(x.get(i).key()) ? 1 : 0;
        }
        return hits;
    }

    /**
     * Each what-record goes to the who-record stored nearest above it in the file: SQLite fills a
     * page's cells from its end backwards, so a record written right after its who-record sits
     * just below that record's cell (except across a page boundary).
     */
    public static int adjacentCell(List<Entry> who, List<Entry> what, byte[] file, Map<String, String> truth) {
        int hits = 0;
        for (Entry secret : what) {
            long at = lastOffset(file, secret.key());
            Entry best = null;
            long bestDistance = Long.MAX_VALUE;
            for (Entry candidate : who) {
                long distance = lastOffset(file, candidate.key()) - at;
                if (distance > 0 && distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            hits += best != null && truth.get(best.key()).equals(secret.key()) ? 1 : 0;
        }
        return hits;
    }

    /** Each what-record goes to the latest who-record before it (by monotonic time, then sequence). */
    public static int nearestEarlier(List<Entry> who, List<Entry> what, Map<String, String> truth) {
        int hits = 0;
        for (Entry secret : what) {
            Entry best = null;
            for (Entry candidate : who) {
                boolean earlier = candidate.record().clock().monotonicNanos() <= secret.record().clock().monotonicNanos()
                        && candidate.record().seq() < secret.record().seq();
                if (earlier && (best == null || candidate.record().seq() > best.record().seq())) {
                    best = candidate;
                }
            }
            hits += best != null && truth.get(best.key()).equals(secret.key()) ? 1 : 0;
        }
        return hits;
    }

    /** Where {@code needle}'s UTF-8 bytes last appear in {@code haystack}, or -1. */
    public static long lastOffset(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = haystack.length - n.length; i >= 0; i--) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
