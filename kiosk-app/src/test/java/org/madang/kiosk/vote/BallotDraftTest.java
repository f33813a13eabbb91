package org.madang.kiosk.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.madang.device.content.poll.BallotProblem;

class BallotDraftTest {

    @Test
    void singleChoiceReplacesTheEarlierChoice() {
        BallotDraft draft = BallotDraft.empty(VoteFixtures.single()).toggle("yes").toggle("no");
        assertThat(draft.chosen()).containsExactly("no");
        assertThat(draft.complete()).isTrue();
    }

    @Test
    void singleChoiceWithoutBlankNeedsAChoice() {
        BallotDraft draft = BallotDraft.empty(VoteFixtures.single());
        assertThat(draft.problem()).contains(BallotProblem.BLANK_NOT_ALLOWED);
        assertThat(draft.toggle("yes").toggle("yes").complete()).isFalse();
    }

    @Test
    void approvalRefusesAFourthTickAndSaysWhy() {
        BallotDraft three = BallotDraft.empty(VoteFixtures.agenda()).toggle("benches").toggle("lights").toggle("library");
        BallotDraft four = three.toggle("market");
        assertThat(four.chosen()).containsExactly("benches", "lights", "library");
        assertThat(four.notice()).contains(BallotProblem.TOO_MANY);
        assertThat(four.toggle("lights").notice()).isEmpty();
    }

    @Test
    void approvalBelowTheMinimumIsNotComplete() {
        BallotDraft draft = BallotDraft.empty(VoteFixtures.poll("two", new org.madang.device.content.poll.BallotRule.Approval(2, 3),
                VoteFixtures.agenda().items(), org.madang.device.content.poll.Eligibility.ANYONE, VoteFixtures.ALL, true,
                Optional.empty(), Optional.empty())).toggle("benches");
        assertThat(draft.problem()).contains(BallotProblem.TOO_FEW);
        assertThat(draft.toggle("lights").complete()).isTrue();
    }

    @Test
    void blankIsCompleteOnlyWhenThePollAllowsIt() {
        assertThat(BallotDraft.empty(VoteFixtures.agenda()).complete()).isTrue();
        assertThat(BallotDraft.empty(VoteFixtures.ranked()).complete()).isFalse();
        assertThat(BallotDraft.empty(VoteFixtures.agenda()).toggle("benches").clear().blank()).isTrue();
    }

    @Test
    void budgetExactlyAtTheBudgetIsValidAndShowsNothingLeft() {
        BallotDraft draft = BallotDraft.empty(VoteFixtures.budget()).toggle("park").toggle("cctv");
        assertThat(draft.total()).isEqualTo(50_000_000);
        assertThat(draft.remaining()).isZero();
        assertThat(draft.complete()).isTrue();
    }

    @Test
    void budgetRefusesAProjectThatDoesNotFitAndKeepsTheRunningTotal() {
        BallotDraft draft = BallotDraft.empty(VoteFixtures.budget()).toggle("park").toggle("bus");
        assertThat(draft.total()).isEqualTo(45_000_000);
        assertThat(draft.remaining()).isEqualTo(5_000_000);
        BallotDraft over = draft.toggle("cctv");
        assertThat(over.chosen()).containsExactly("park", "bus");
        assertThat(over.notice()).contains(BallotProblem.OVER_BUDGET);
        assertThat(over.toggle("mural").remaining()).isZero();
    }

    @Test
    void rankedTapsInOrderGiveRanksAndUntappingMovesTheRestUp() {
        BallotDraft draft = BallotDraft.empty(VoteFixtures.ranked()).toggle("c").toggle("a").toggle("d");
        assertThat(draft.rank("c")).hasValue(1);
        assertThat(draft.rank("d")).hasValue(3);
        assertThat(draft.toggle("b").notice()).contains(BallotProblem.TOO_MANY);
        BallotDraft fewer = draft.toggle("c");
        assertThat(fewer.chosen()).containsExactly("a", "d");
        assertThat(fewer.rank("a")).hasValue(1);
        assertThat(fewer.rank("c")).isEmpty();
    }

    @Test
    void rankedMoveUpAndDownSwapNeighboursAndStopAtTheEnds() {
        BallotDraft draft = BallotDraft.empty(VoteFixtures.ranked()).toggle("a").toggle("b").toggle("c");
        assertThat(draft.moveUp("c").chosen()).containsExactly("a", "c", "b");
        assertThat(draft.moveDown("a").chosen()).containsExactly("b", "a", "c");
        assertThat(draft.moveUp("a")).isEqualTo(draft);
        assertThat(draft.moveDown("c")).isEqualTo(draft);
    }
}
