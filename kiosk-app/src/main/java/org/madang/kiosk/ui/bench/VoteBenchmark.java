package org.madang.kiosk.ui.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.madang.device.content.CheckinLimit;
import org.madang.device.content.Event;
import org.madang.device.content.Localized;
import org.madang.device.content.poll.BallotRule;
import org.madang.device.content.poll.Eligibility;
import org.madang.device.content.poll.IdentificationMethod;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.poll.PollItem;
import org.madang.device.token.MemberToken;
import org.madang.device.token.Revocations;
import org.madang.device.token.TokenCheck;
import org.madang.device.token.TokenRejection;
import org.madang.device.token.TokenType;
import org.madang.device.token.TokenVerifier;
import org.madang.journal.JournalOptions;
import org.madang.journal.diagnostics.LatencySummary;
import org.madang.journal.diagnostics.StorageProbe;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.sqlite.SqliteJournal;
import org.madang.kiosk.checkin.CheckinOutcome;
import org.madang.kiosk.checkin.CheckinRefusal;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.UiTimeouts;
import org.madang.kiosk.ui.model.vote.VoteStep;
import org.madang.kiosk.ui.port.DeviceStatus;
import org.madang.kiosk.ui.port.KioskServices;
import org.madang.kiosk.ui.port.SyncState;
import org.madang.kiosk.ui.text.Texts;
import org.madang.kiosk.ui.view.FxBackground;
import org.madang.kiosk.ui.view.FxScheduler;
import org.madang.kiosk.ui.view.KioskView;
import org.madang.kiosk.ui.view.KoreanFont;
import org.madang.kiosk.vote.BallotSealer;
import org.madang.kiosk.vote.CastOutcome;
import org.madang.kiosk.vote.ClosedBy;
import org.madang.kiosk.vote.ClosingSheet;
import org.madang.kiosk.vote.Identification;
import org.madang.kiosk.vote.PollStatus;
import org.madang.kiosk.vote.VoteDesk;
import org.madang.kiosk.vote.VoterIdentity;
import org.madang.kiosk.vote.HashedVoucherCodes;
import org.madang.kiosk.vote.JournalVoteDesk;
import org.madang.kiosk.vote.Speaker;
import org.madang.kiosk.vote.VoteContent;
import org.madang.kiosk.vote.Voting;

/**
 * Confirm tap → "투표가 기록되었습니다" on screen, over COUNT votes: the real vote desk over a fresh
 * SQLite journal in DIR (durable deposit, ballot box released every 10), the real view model on
 * the real JavaFX scene in an 800×480 window, the deposit on the background thread. Each vote is
 * timed on the JavaFX thread from the confirm call to the first pulse that has laid out the
 * "recorded" screen. Raw fdatasync latency of the same directory is measured in the same run, and
 * the heap after a full GC after 10 and after COUNT votes.
 *
 * <p>Member codes are identified by a stand-in verifier ({@code member:<id>}): identification is
 * not part of the timed span. Not a test: see docs/benchmarks-vote.md and scripts/bench-vote.sh.
 */
public final class VoteBenchmark {

    private VoteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: VoteBenchmark DIR [COUNT]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        System.exit(run(dir, count));
    }

    private static Poll poll(Instant now) {
        List<PollItem> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add(new PollItem("item" + i, new Localized("안건 " + i, "Item " + i), new Localized("", ""),
                    Optional.empty(), 0));
        }
        return new Poll("bench", new Localized("벤치마크 투표", "Benchmark vote"), new Localized("", ""), items,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), Eligibility.ANYONE,
                Set.of(IdentificationMethod.values()), new BallotRule.Approval(1, 3), true, Optional.empty(),
                Optional.empty());
    }

    private static int run(Path dir, int count) throws Exception {
        Files.createDirectories(dir);
        Clock clock = Clock.systemUTC();
        LatencySummary fsync = StorageProbe.rawFsync(dir, 1_000);
        Poll poll = poll(clock.instant());
        TokenVerifier members = (scanned, expected) -> scanned.startsWith("member:") && expected == TokenType.MEMBER
                ? new TokenCheck.Accepted(new MemberToken(scanned.substring(7), "2920067000", 1960, "bench",
                        Instant.EPOCH, Instant.MAX), true)
                : new TokenCheck.Rejected(TokenRejection.WRONG_TYPE, "bench");
        VoteContent content = new VoteContent() {
            @Override
            public List<Poll> polls() {
                return List.of(poll);
            }

            @Override
            public Revocations revocations() {
                return Revocations.NONE;
            }

            @Override
            public String pseudonymOf(String memberId) {
                return "b:" + memberId;
            }
        };
        ExecutorService work = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "vote-bench-work");
            thread.setDaemon(true);
            return thread;
        });
        try (SqliteJournal journal = SqliteJournal.open(JournalOptions.defaults(dir.resolve("journal.db"),
                Ed25519KeyPair.generate(new SecureRandom()), "vote benchmark"))) {
            List<Long> deposits = java.util.Collections.synchronizedList(new ArrayList<>());
            JournalVoteDesk desk = JournalVoteDesk.open(journal, members, content, new HashedVoucherCodes(),
                    BallotSealer.ballotSeal(new SecureRandom()), clock, "bench-01",
                    JournalOptions.DEFAULT_BOX_RELEASE_THRESHOLD);
            Event none = new Event("none", "", "", Optional.empty(), Instant.EPOCH, Instant.EPOCH, 0,
                    CheckinLimit.ONCE_PER_EVENT);
            DeviceStatus status = new DeviceStatus("bench-01", new org.madang.device.profile.Site("2920067000", "월곡1동"),
                    true, 0, 0, SyncState.SYNCED, Optional.empty(), 0, Optional.empty());
            KioskServices services = new KioskServices(
                    (scanned, source, eventId) -> new CheckinOutcome.Rejected(CheckinRefusal.NO_SUCH_EVENT, Optional.empty()),
                    members, () -> List.of(none), () -> status, Optional.empty(), pattern -> { }, false,
                    org.madang.kiosk.ui.port.ActiveEventMemory.NONE, new Voting(Optional.of(timed(desk, deposits)),
                    Speaker.SILENT, false));
            AtomicReference<KioskViewModel> model = new AtomicReference<>();
            AtomicReference<Scene> sceneRef = new AtomicReference<>();
            CountDownLatch shown = new CountDownLatch(1);
            Platform.setImplicitExit(false);
            Platform.startup(() -> {
                KioskViewModel vm = new KioskViewModel(services, clock, new FxScheduler(), new FxBackground(work),
                        UiTimeouts.DEFAULTS);
                KioskView view = new KioskView(vm, new Texts(), KoreanFont.find());
                Stage stage = new Stage();
                Scene scene = new Scene(view.root(), 800, 480);
                stage.setScene(scene);
                stage.show();
                vm.start();
                model.set(vm);
                sceneRef.set(scene);
                shown.countDown();
            });
            if (!shown.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("JavaFX did not start");
            }
            KioskViewModel vm = model.get();
            Scene scene = sceneRef.get();
            // Two rounds of COUNT votes: the first on a cold JVM (a freshly started kiosk: class loading
            // and JIT compilation land in its tail), the second on a warm one (the kiosk after its
            // first voters, i.e. most of a voting day). Both are reported; neither hides the other.
            long[] latencies = new long[2 * count];
            double heapAt10 = 0;
            double heapAtCount = 0;
            for (int i = 0; i < 2 * count; i++) {
                latencies[i] = vote(vm, scene, "member:m" + i, List.of("item" + (i % 6), "item" + ((i + 1) % 6)));
                if (i + 1 == 10) {
                    heapAt10 = heapAfterGc();
                }
                if (i + 1 == count) {
                    heapAtCount = heapAfterGc();
                }
            }
            System.out.printf(Locale.ROOT, "raw fdatasync (4 KiB, %d samples): p50 %.2f ms  p99 %.2f ms%n",
                    fsync.samples(), fsync.p50Micros() / 1000, fsync.p99Micros() / 1000);
            long[] cast = deposits.stream().mapToLong(Long::longValue).toArray();
            report("first " + count + " votes (cold JVM)", Arrays.copyOfRange(latencies, 0, count),
                    Arrays.copyOfRange(cast, 0, count));
            report("next " + count + " votes (warm JVM)", Arrays.copyOfRange(latencies, count, 2 * count),
                    Arrays.copyOfRange(cast, count, 2 * count));
            System.out.printf(Locale.ROOT, "heap after full GC: after 10 votes %.1f MiB, after %d votes %.1f MiB (%+.1f%%)%n",
                    heapAt10, count, heapAtCount, (heapAtCount - heapAt10) / heapAt10 * 100);
            System.out.printf(Locale.ROOT, "journal: %d records, ballot box pending %d%n", journal.lastSeq(),
                    journal.pendingInBox("poll:bench"));
            Platform.exit();
        } finally {
            work.shutdownNow();
        }
        return 0;
    }

    private static void report(String round, long[] confirmToRecorded, long[] deposits) {
        // Percentiles only: the votes were paced by the script, so their throughput means nothing.
        LatencySummary shown = LatencySummary.of(confirmToRecorded, 1);
        LatencySummary cast = LatencySummary.of(deposits, 1);
        System.out.printf(Locale.ROOT, "confirm -> recorded on screen, %s: p50 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                round, ms(shown.p50()), ms(shown.p99()), ms(shown.max()));
        System.out.printf(Locale.ROOT, "  of which the durable deposit (VoteDesk.cast, background thread): p50 %.2f ms  p99 %.2f ms%n",
                ms(cast.p50()), ms(cast.p99()));
    }

    private static double ms(Duration d) {
        return d.toNanos() / 1e6;
    }

    /** The desk, with the time of each cast (the deposit) noted. */
    private static VoteDesk timed(VoteDesk desk, List<Long> deposits) {
        return new VoteDesk() {
            @Override
            public Identification identify(String scanned) {
                return desk.identify(scanned);
            }

            @Override
            public Identification identifyByCode(String typed) {
                return desk.identifyByCode(typed);
            }

            @Override
            public Identification unlock(Optional<String> staffId, String pollId) {
                return desk.unlock(staffId, pollId);
            }

            @Override
            public CastOutcome cast(VoterIdentity who, String pollId, List<String> choices) {
                long t0 = System.nanoTime();
                CastOutcome outcome = desk.cast(who, pollId, choices);
                deposits.add(System.nanoTime() - t0);
                return outcome;
            }

            @Override
            public List<PollStatus> polls() {
                return desk.polls();
            }

            @Override
            public ClosingSheet close(String pollId, ClosedBy by) {
                return desk.close(pollId, by);
            }

            @Override
            public List<ClosingSheet> closeDue() {
                return desk.closeDue();
            }

            @Override
            public String deviceId() {
                return desk.deviceId();
            }

            @Override
            public int secrecyThreshold() {
                return desk.secrecyThreshold();
            }
        };
    }

    /** One resident: welcome → scan → ballot → review, then the timed confirm → recorded; back to welcome. */
    private static long vote(KioskViewModel vm, Scene scene, String member, List<String> choices) throws Exception {
        CountDownLatch atBallot = new CountDownLatch(1);
        Platform.runLater(() -> {
            vm.startVoting();
            Runnable[] stop = new Runnable[1];
            stop[0] = vm.vote().step().observe(step -> {
                if (step == VoteStep.BALLOT && atBallot.getCount() > 0) {
                    atBallot.countDown();
                    // The listener goes once it has fired: 1,000 stale listeners would distort the timing.
                    Platform.runLater(stop[0]);
                }
            });
            vm.scanned(member, org.madang.kiosk.scan.ScanSource.KEYBOARD_WEDGE);
        });
        await(atBallot, "ballot");
        AtomicLong started = new AtomicLong();
        AtomicLong finished = new AtomicLong();
        CountDownLatch recorded = new CountDownLatch(1);
        Platform.runLater(() -> {
            choices.forEach(vm.vote()::toggle);
            vm.vote().review();
            Runnable[] stop = new Runnable[1];
            stop[0] = vm.vote().step().observe(step -> {
                if (step == VoteStep.RECORDED && finished.get() == 0) {
                    Platform.runLater(stop[0]);
                    scene.addPostLayoutPulseListener(new Runnable() {
                        @Override
                        public void run() {
                            scene.removePostLayoutPulseListener(this);
                            if (finished.compareAndSet(0, System.nanoTime())) {
                                recorded.countDown();
                            }
                        }
                    });
                    Platform.requestNextPulse();
                }
            });
            started.set(System.nanoTime());
            vm.vote().confirm();
        });
        await(recorded, "recorded");
        CountDownLatch home = new CountDownLatch(1);
        Platform.runLater(() -> {
            vm.home();
            home.countDown();
        });
        await(home, "home");
        return finished.get() - started.get();
    }

    private static void await(CountDownLatch latch, String what) throws InterruptedException {
        if (!latch.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no " + what + " within 30 s");
        }
    }

    private static double heapAfterGc() throws Exception {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }
}
