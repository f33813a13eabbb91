package org.madang.kiosk.ui.model.vote;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.madang.kiosk.ui.model.Background;
import org.madang.kiosk.ui.model.Message;
import org.madang.kiosk.ui.model.State;
import org.madang.kiosk.vote.ClosedBy;
import org.madang.kiosk.vote.ClosingSheet;
import org.madang.kiosk.vote.NotRecordedException;
import org.madang.kiosk.vote.PollStatus;
import org.madang.kiosk.vote.VoteDesk;
import org.madang.kiosk.vote.Voting;

/**
 * Staff's voting screen: every poll with its turnout (never partial results), "투표 용지 1장 열기"
 * for a resident checked in person, closing a poll after a confirmation, and the closing sheet.
 */
public final class VoteStaffViewModel {

    private final Voting voting;
    private final Background background;
    private final Runnable afterClose;
    private final State<List<PollStatus>> polls = new State<>(List.of());
    private final State<Optional<String>> confirming = new State<>(Optional.empty());
    private final State<Optional<ClosingSheet>> sheet = new State<>(Optional.empty());
    private final State<Boolean> qrEnlarged = new State<>(false);
    private final State<Boolean> busy = new State<>(false);
    private final State<Optional<Message>> problem = new State<>(Optional.empty());
    private Optional<String> staffId = Optional.empty();

    /** @param afterClose told after a poll closed (the welcome screen may lose its vote button) */
    public VoteStaffViewModel(Voting voting, Background background, Runnable afterClose) {
        this.voting = Objects.requireNonNull(voting, "voting");
        this.background = Objects.requireNonNull(background, "background");
        this.afterClose = Objects.requireNonNull(afterClose, "afterClose");
    }

    /** The polls with phase and turnout. */
    public State<List<PollStatus>> polls() {
        return polls;
    }

    /** The poll whose closing awaits "예, 마감합니다". */
    public State<Optional<String>> confirming() {
        return confirming;
    }

    /** The closing sheet on show. */
    public State<Optional<ClosingSheet>> sheet() {
        return sheet;
    }

    /** Whether the sheet's QR code is shown alone, as large as the screen allows ("QR 크게 보기"). */
    public State<Boolean> qrEnlarged() {
        return qrEnlarged;
    }

    /** "QR 크게 보기" on the closing sheet: a phone photo of a small code on a screen does not decode. */
    public void enlargeQr() {
        if (sheet.get().isPresent()) {
            qrEnlarged.set(true);
        }
    }

    /** "닫기" on the large QR code: back to the sheet. */
    public void shrinkQr() {
        qrEnlarged.set(false);
    }

    /** True while the journal works (closing). */
    public State<Boolean> busy() {
        return busy;
    }

    /** A failure to show staff (closing not recorded). */
    public State<Optional<Message>> problem() {
        return problem;
    }

    /** This device's id, for the closing sheet. */
    public String deviceId() {
        return voting.desk().map(VoteDesk::deviceId).orElse("");
    }

    /** K of decision 0004: a closing sheet with fewer voters warns staff about secrecy. */
    public int secrecyThreshold() {
        return voting.desk().map(VoteDesk::secrecyThreshold).orElse(0);
    }

    /** Whether this terminal votes at all (staff mode shows the "투표 관리" button only then). */
    public boolean enabled() {
        return voting.desk().isPresent();
    }

    /** Who is in staff mode: a card's id, or empty for the device PIN (recorded as who closed a poll). */
    public void signedIn(Optional<String> staff) {
        staffId = Objects.requireNonNull(staff, "staff");
    }

    /** The staff member whose unlock or closing this is. */
    public Optional<String> staffId() {
        return staffId;
    }

    /** The screen opens: reads the polls afresh. */
    public void opened() {
        qrEnlarged.set(false);
        confirming.set(Optional.empty());
        sheet.set(Optional.empty());
        problem.set(Optional.empty());
        refresh();
    }

    private void refresh() {
        voting.desk().ifPresent(desk -> background.run(desk::polls, polls::set, failure ->
                problem.set(Optional.of(Message.of("vote.staff.unreadable")))));
    }

    /** "마감" on a poll: asks for confirmation first. */
    public void askClose(String pollId) {
        problem.set(Optional.empty());
        confirming.set(Optional.of(pollId));
    }

    /** "아니요": the poll stays open. */
    public void cancelClose() {
        confirming.set(Optional.empty());
    }

    /** "예, 마감합니다": closes the poll and shows its sheet. */
    public void confirmClose() {
        if (confirming.get().isEmpty() || busy.get() || voting.desk().isEmpty()) {
            return;
        }
        String pollId = confirming.get().get();
        VoteDesk desk = voting.desk().get();
        ClosedBy by = staffId.map(ClosedBy::staff).orElse(ClosedBy.PIN);
        busy.set(true);
        background.run(() -> desk.close(pollId, by), closed -> {
            busy.set(false);
            confirming.set(Optional.empty());
            sheet.set(Optional.of(closed));
            refresh();
            afterClose.run();
        }, failure -> {
            busy.set(false);
            confirming.set(Optional.empty());
            problem.set(Optional.of(Message.of(failure instanceof NotRecordedException
                    ? "vote.staff.close-failed" : "vote.staff.unreadable")));
        });
    }

    /** "마감 결과 보기" on a closed poll. */
    public void showSheet(String pollId) {
        polls.get().stream().filter(p -> p.poll().id().equals(pollId)).findFirst()
                .flatMap(PollStatus::closing).ifPresent(s -> sheet.set(Optional.of(s)));
    }

    /** "목록으로": back from the sheet. */
    public void closeSheet() {
        qrEnlarged.set(false);
        sheet.set(Optional.empty());
    }

    /** Staff mode closes: nothing of it stays. */
    public void closed() {
        qrEnlarged.set(false);
        confirming.set(Optional.empty());
        sheet.set(Optional.empty());
        problem.set(Optional.empty());
        busy.set(false);
    }

    /** Forgets who was in staff mode (the kiosk's reset). */
    public void signedOut() {
        staffId = Optional.empty();
        closed();
    }
}
