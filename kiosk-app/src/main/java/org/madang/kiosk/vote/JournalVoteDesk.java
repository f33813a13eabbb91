package org.madang.kiosk.vote;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.madang.device.content.poll.BallotProblem;
import org.madang.device.content.poll.BallotRule;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.poll.PollItem;
import org.madang.device.token.MemberToken;
import org.madang.device.token.TokenCheck;
import org.madang.device.token.TokenRejection;
import org.madang.device.token.TokenType;
import org.madang.device.token.TokenVerifier;
import org.madang.device.token.VoucherToken;
import org.madang.journal.AppendReceipt;
import org.madang.journal.CanonicalJson;
import org.madang.journal.Journal;
import org.madang.journal.JournalException;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.SecretDraft;
import org.madang.journal.JournalScan;
import org.madang.sync.api.closing.BoxHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The voting rules over the journal (see {@link VoteDesk}).
 *
 * <p>All decisions and writes are serialised under one lock, so two taps of "confirm" cannot both
 * pass the poll book; the poll book changes only after the deposit returned, so a failed deposit
 * leaves the voter free to try again. Logs name polls and counts, never a voter or a choice.
 */
public final class JournalVoteDesk implements VoteDesk {

    /** Days, and so ages by birth year, are counted in Korean time. */
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private static final Logger log = LoggerFactory.getLogger(JournalVoteDesk.class);
    // Most relevant first: a refusal about an open poll says more than one about a closed poll.
    private static final List<VoteRefusal> PRIORITY = List.of(VoteRefusal.ALREADY_VOTED,
            VoteRefusal.VOUCHER_REVOKED, VoteRefusal.NOT_ELIGIBLE_DONG, VoteRefusal.TOO_YOUNG,
            VoteRefusal.METHOD_NOT_ALLOWED, VoteRefusal.VOUCHER_OTHER_POLL, VoteRefusal.NOT_OPEN_YET,
            VoteRefusal.CLOSED);

    private final Journal journal;
    private final TokenVerifier verifier;
    private final VoteContent content;
    private final VoucherCodeBook codes;
    private final BallotSealer sealer;
    private final Clock clock;
    private final String deviceId;
    private final int secrecyThreshold;
    private final PollBook book;
    private final ReentrantLock lock = new ReentrantLock();

    /**
     * @param book the poll book of {@code journal} ({@link PollBook#rebuild})
     * @param secrecyThreshold the journal's ballot-box release threshold K
     */
    public JournalVoteDesk(Journal journal, TokenVerifier verifier, VoteContent content, VoucherCodeBook codes,
            BallotSealer sealer, Clock clock, String deviceId, int secrecyThreshold, PollBook book) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.content = Objects.requireNonNull(content, "content");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        this.secrecyThreshold = secrecyThreshold;
        this.book = Objects.requireNonNull(book, "book");
    }

    /** A desk whose poll book is rebuilt from the journal's poll-book and closing records. */
    public static JournalVoteDesk open(Journal journal, TokenVerifier verifier, VoteContent content,
            VoucherCodeBook codes, BallotSealer sealer, Clock clock, String deviceId, int secrecyThreshold)
            throws JournalException {
        PollBook book = PollBook.rebuild(journal);
        log.info("poll book rebuilt for device {}", deviceId);
        return new JournalVoteDesk(journal, verifier, content, codes, sealer, clock, deviceId, secrecyThreshold, book);
    }

    @Override
    public String deviceId() {
        return deviceId;
    }

    @Override
    public int secrecyThreshold() {
        return secrecyThreshold;
    }

    @Override
    public Identification identify(String scanned) {
        TokenCheck asMember = verifier.verify(scanned, TokenType.MEMBER);
        if (asMember instanceof TokenCheck.Accepted accepted && accepted.token() instanceof MemberToken member) {
            VoterIdentity who = new VoterIdentity.Member(content.pseudonymOf(member.memberId()), member.dongCode(),
                    member.birthYear());
            return locked(() -> offer(who, content.polls()));
        }
        TokenRejection reason = asMember instanceof TokenCheck.Rejected r ? r.reason() : TokenRejection.WRONG_TYPE;
        if (reason == TokenRejection.WRONG_TYPE) {
            TokenCheck asVoucher = verifier.verify(scanned, TokenType.VOUCHER);
            if (asVoucher instanceof TokenCheck.Accepted accepted && accepted.token() instanceof VoucherToken voucher) {
                return voucher(voucher.pollId(), voucher.serial());
            }
            reason = asVoucher instanceof TokenCheck.Rejected r ? r.reason() : TokenRejection.WRONG_TYPE;
        }
        return new Identification.Refused(VoteRefusal.TOKEN_REJECTED, Optional.of(reason));
    }

    @Override
    public Identification identifyByCode(String typed) {
        Optional<String> code = codes.normalise(typed);
        if (code.isEmpty()) {
            return Identification.Refused.because(VoteRefusal.CODE_MISTYPED);
        }
        // One slow hash per poll with codes (each poll has its own salt); a terminal holds a few polls.
        for (Poll poll : content.polls()) {
            if (poll.voucherCodes().isPresent()) {
                Optional<String> serial = codes.serialFor(poll, code.get());
                if (serial.isPresent()) {
                    return voucher(poll.id(), serial.get());
                }
            }
        }
        return Identification.Refused.because(VoteRefusal.CODE_UNKNOWN);
    }

    private Identification voucher(String pollId, String serial) {
        Optional<Poll> poll = content.poll(pollId);
        if (poll.isEmpty()) {
            return Identification.Refused.because(VoteRefusal.VOUCHER_OTHER_POLL);
        }
        VoterIdentity who = new VoterIdentity.Voucher(pollId, serial);
        return locked(() -> offer(who, List.of(poll.get())));
    }

    @Override
    public Identification unlock(Optional<String> staffId, String pollId) {
        Optional<Poll> poll = content.poll(pollId);
        if (poll.isEmpty()) {
            return Identification.Refused.because(VoteRefusal.NO_POLL);
        }
        VoterIdentity who = new VoterIdentity.Staff(staffId, pollId);
        return locked(() -> offer(who, List.of(poll.get())));
    }

    private Identification offer(VoterIdentity who, List<Poll> polls) {
        if (polls.isEmpty()) {
            return Identification.Refused.because(VoteRefusal.NO_POLL);
        }
        Instant now = clock.instant();
        List<Poll> open = new ArrayList<>();
        List<VoteRefusal> refusals = new ArrayList<>();
        for (Poll poll : polls) {
            Optional<VoteRefusal> refusal = refusal(who, poll, now);
            if (refusal.isEmpty()) {
                open.add(poll);
            } else {
                refusals.add(refusal.get());
            }
        }
        if (!open.isEmpty()) {
            return new Identification.Identified(who, open);
        }
        return Identification.Refused.because(
                PRIORITY.stream().filter(refusals::contains).findFirst().orElse(refusals.getFirst()));
    }

    /** Why {@code who} may not vote in {@code poll} at {@code now}; empty when they may. */
    private Optional<VoteRefusal> refusal(VoterIdentity who, Poll poll, Instant now) {
        if (book.closing(poll.id()).isPresent() || !now.isBefore(poll.closes())) {
            return Optional.of(VoteRefusal.CLOSED);
        }
        if (now.isBefore(poll.opens())) {
            return Optional.of(VoteRefusal.NOT_OPEN_YET);
        }
        if (!poll.identification().contains(who.method())) {
            return Optional.of(VoteRefusal.METHOD_NOT_ALLOWED);
        }
        switch (who) {
            case VoterIdentity.Member member -> {
                LocalDate today = now.atZone(SEOUL).toLocalDate();
                if (!poll.eligibility().admitsDong(member.dongCode())) {
                    return Optional.of(VoteRefusal.NOT_ELIGIBLE_DONG);
                }
                if (!poll.eligibility().admitsAge(member.birthYear(), today)) {
                    return Optional.of(VoteRefusal.TOO_YOUNG);
                }
            }
            case VoterIdentity.Voucher voucher -> {
                if (!voucher.pollId().equals(poll.id())) {
                    return Optional.of(VoteRefusal.VOUCHER_OTHER_POLL);
                }
                if (content.revocations().vouchers().contains(voucher.serial())) {
                    return Optional.of(VoteRefusal.VOUCHER_REVOKED);
                }
            }
            case VoterIdentity.Staff staff -> {
                if (!staff.pollId().equals(poll.id())) {
                    return Optional.of(VoteRefusal.VOUCHER_OTHER_POLL);
                }
            }
        }
        if (who.votesOnce() && book.hasVoted(poll.id(), who.voter())) {
            return Optional.of(VoteRefusal.ALREADY_VOTED);
        }
        return Optional.empty();
    }

    @Override
    public CastOutcome cast(VoterIdentity who, String pollId, List<String> choices) {
        Objects.requireNonNull(who, "who");
        List<String> ballot = List.copyOf(choices);
        return locked(() -> {
            Optional<Poll> found = content.poll(pollId);
            if (found.isEmpty()) {
                return new CastOutcome.Refused(VoteRefusal.NO_POLL);
            }
            Poll poll = found.get();
            Optional<VoteRefusal> refusal = refusal(who, poll, clock.instant());
            if (refusal.isPresent()) {
                return new CastOutcome.Refused(refusal.get());
            }
            Optional<BallotProblem> invalid = poll.rule().check(poll, ballot);
            if (invalid.isPresent()) {
                log.warn("poll {}: an invalid ballot reached the desk ({}); nothing recorded", poll.id(), invalid.get());
                return new CastOutcome.Refused(VoteRefusal.INVALID_BALLOT);
            }
            Map<String, Object> pollbook = new LinkedHashMap<>();
            pollbook.put("poll", poll.id());
            pollbook.put("method", who.method().contentName());
            pollbook.put("voter", who.voter());
            try {
                journal.deposit(RecordDraft.of(RecordKind.VOTE_POLLBOOK, pollbook),
                        new SecretDraft("poll:" + poll.id(), RecordKind.VOTE_BALLOT, ballotBody(poll, ballot)));
            } catch (JournalException e) {
                log.error("poll {}: ballot NOT recorded ({}): {}", poll.id(), e.failure(), e.getMessage(), e);
                return new CastOutcome.Refused(VoteRefusal.NOT_RECORDED);
            }
            book.add(poll.id(), who.method(), who.voter());
            return new CastOutcome.Recorded(poll.id());
        });
    }

    private CanonicalJson ballotBody(Poll poll, List<String> choices) {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("poll", poll.id());
        plain.put("choices", choices);
        if (!poll.sealed()) {
            return CanonicalJson.of(plain);
        }
        Map<String, Object> sealed = new LinkedHashMap<>();
        sealed.put("poll", poll.id());
        sealed.put("sealed", sealer.seal(poll, CanonicalJson.of(plain).bytes()));
        return CanonicalJson.of(sealed);
    }

    @Override
    public List<PollStatus> polls() {
        return locked(() -> {
            Instant now = clock.instant();
            List<PollStatus> out = new ArrayList<>();
            for (Poll poll : content.polls()) {
                Optional<ClosingSheet> closing = book.closing(poll.id());
                PollStatus.Phase phase = closing.isPresent() || !now.isBefore(poll.closes()) ? PollStatus.Phase.CLOSED
                        : now.isBefore(poll.opens()) ? PollStatus.Phase.NOT_OPEN_YET : PollStatus.Phase.OPEN;
                out.add(new PollStatus(poll, phase, book.turnout(poll.id()), closing));
            }
            return out;
        });
    }

    @Override
    public ClosingSheet close(String pollId, ClosedBy by) {
        Poll poll = content.poll(pollId).orElseThrow(
                () -> new IllegalArgumentException("no poll '" + pollId + "' in this device's content"));
        return locked(() -> closeLocked(poll, by));
    }

    @Override
    public List<ClosingSheet> closeDue() {
        return locked(() -> {
            Instant now = clock.instant();
            List<ClosingSheet> closed = new ArrayList<>();
            for (Poll poll : content.polls()) {
                if (!now.isBefore(poll.closes()) && book.closing(poll.id()).isEmpty()) {
                    closed.add(closeLocked(poll, ClosedBy.SCHEDULE));
                }
            }
            return closed;
        });
    }

    private ClosingSheet closeLocked(Poll poll, ClosedBy by) {
        Optional<ClosingSheet> earlier = book.closing(poll.id());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            int released = journal.releaseBox("poll:" + poll.id());
            Tally tally = tally(poll);
            Instant at = clock.instant();
            RecordDraft draft = ClosingSheet.draft(poll.id(), at, by, book.turnout(poll.id()), book.methods(poll.id()),
                    poll.sealed(), tally.counts(), tally.blank(), tally.boxHash());
            AppendReceipt receipt = journal.append(draft);
            JournalRecord record = journal.readAfter(receipt.seq() - 1, 1).getFirst();
            ClosingSheet sheet = ClosingSheet.from(record).orElseThrow();
            book.closed(sheet);
            log.info("poll {} closed on device {} by {}: turnout {}, {} ballots released at close, record {}",
                    poll.id(), deviceId, by.recordName(), sheet.turnout(), released, receipt.seq());
            return sheet;
        } catch (JournalException e) {
            log.error("poll {}: closing NOT recorded ({}): {}", poll.id(), e.failure(), e.getMessage(), e);
            throw new NotRecordedException("closing poll " + poll.id() + " was not recorded: " + e.getMessage(), e);
        }
    }

    private record Tally(Map<String, Integer> counts, int blank, String boxHash) {
    }

    /** Counts the poll's ballots in the journal (all released by now) and hashes the box. */
    private Tally tally(Poll poll) throws JournalException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PollItem item : poll.items()) {
            counts.put(item.id(), 0);
        }
        int[] blank = {0};
        List<String> hashes = new ArrayList<>();
        JournalScan.forEach(journal, record -> {
            if (!record.kind().equals(RecordKind.VOTE_BALLOT)) {
                return;
            }
            JsonNode body = record.body().tree();
            if (!poll.id().equals(body.path("poll").asText())) {
                return;
            }
            hashes.add(record.hash().hex());
            if (poll.sealed()) {
                return;
            }
            JsonNode choices = body.path("choices");
            if (choices.isEmpty()) {
                blank[0]++;
            } else if (poll.rule() instanceof BallotRule.Ranked) {
                counts.merge(choices.get(0).asText(), 1, Integer::sum);
            } else {
                for (JsonNode choice : choices) {
                    counts.merge(choice.asText(), 1, Integer::sum);
                }
            }
        });
        return new Tally(poll.sealed() ? Map.of() : counts, poll.sealed() ? 0 : blank[0], BoxHash.of(hashes));
    }

    private <T> T locked(java.util.function.Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
