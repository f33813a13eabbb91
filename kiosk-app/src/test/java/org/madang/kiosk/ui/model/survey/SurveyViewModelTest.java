package org.madang.kiosk.ui.model.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.madang.device.content.survey.Survey;
import org.madang.device.token.MemberToken;
import org.madang.kiosk.hardware.BuzzerPattern;
import org.madang.kiosk.survey.SurveyDesk;
import org.madang.kiosk.survey.SurveyFixtures;
import org.madang.kiosk.survey.SurveyOutcome;
import org.madang.kiosk.survey.SurveyRun;
import org.madang.kiosk.testing.FakeTokenVerifier;
import org.madang.kiosk.ui.model.Message;
import org.madang.kiosk.ui.testing.ManualScheduler;
import org.madang.kiosk.ui.testing.RecordingTones;
import org.madang.kiosk.ui.testing.SameThreadBackground;

/** The survey screen's rules without a screen: pages, the answer being given, submission, forgetting. */
class SurveyViewModelTest {

    private final ManualScheduler scheduler = new ManualScheduler(SurveyFixtures.NOW);
    private final RecordingTones tones = new RecordingTones();
    private final List<Optional<MemberToken>> submitted = new ArrayList<>();
    private final List<SurveyOutcome> answers = new ArrayList<>();
    private List<Survey> surveys = List.of(SurveyFixtures.quick("bus", 300));
    private int homes;
    private int reads;

    private final SurveyDesk desk = new SurveyDesk() {
        @Override
        public List<Survey> surveys() {
            reads++;
            return surveys;
        }

        @Override
        public SurveyOutcome submit(SurveyRun run, Optional<MemberToken> claim) {
            submitted.add(claim);
            return answers.isEmpty() ? new SurveyOutcome.Recorded(claim.isPresent() ? 300 : 0) : answers.removeFirst();
        }
    };
    private final SurveyViewModel vm = new SurveyViewModel(desk, new FakeTokenVerifier(), tones, scheduler.clock(),
            new SameThreadBackground(), scheduler, () -> homes++);

    private SurveyStep step() {
        return vm.page().get().step();
    }

    private void answerTheBusSurvey() {
        vm.refresh();
        vm.opened();
        vm.begin();
        vm.answerYesNo(true);
        vm.next();
    }

    @Test
    void oneOpenSurveyGoesStraightToItsIntroAndSeveralToTheList() {
        vm.refresh();
        vm.opened();
        assertThat(step()).isEqualTo(SurveyStep.INTRO);
        surveys = List.of(SurveyFixtures.quick("bus", 0), SurveyFixtures.park(),
                SurveyFixtures.park("library", 0, false, false));
        vm.refresh();
        vm.opened();
        assertThat(step()).isEqualTo(SurveyStep.LIST);
        assertThat(vm.surveys()).hasSize(3);
        vm.choose("2026-junggu-park");
        assertThat(vm.survey()).map(Survey::id).contains("2026-junggu-park");
    }

    @Test
    void theWelcomeButtonShowsOnlyWhileASurveyIsOpen() {
        vm.refresh();
        assertThat(vm.available().get()).isTrue();
        scheduler.advance(Duration.ofDays(4));
        vm.refresh();
        assertThat(vm.available().get()).as("the bus survey closed after three days").isFalse();
    }

    @Test
    void openingTheScreenReadsNoContentTheRefreshHasRead() {
        vm.refresh();
        assertThat(reads).isEqualTo(1);
        vm.opened();
        assertThat(step()).isEqualTo(SurveyStep.INTRO);
        assertThat(reads).as("the content is read off the UI thread, by refresh()").isEqualTo(1);
        scheduler.advance(Duration.ofDays(4));
        vm.opened();
        assertThat(vm.surveys()).as("which surveys are open follows the clock at the touch").isEmpty();
    }

    @Test
    void theWelcomeButtonFollowsTheScheduleWithoutAReset() {
        surveys = List.of();
        vm.startSchedule();
        assertThat(vm.available().get()).isFalse();
        surveys = List.of(SurveyFixtures.quick("bus", 300));
        scheduler.advance(SurveyViewModel.SCHEDULE_CHECK);
        assertThat(vm.available().get()).as("a survey published while the welcome screen shows").isTrue();
        scheduler.advance(Duration.ofDays(4));
        assertThat(vm.available().get()).as("the bus survey closed after three days").isFalse();
    }

    @Test
    void declinedConsentSubmitsNothing() {
        surveys = List.of(SurveyFixtures.park());
        vm.refresh();
        vm.opened();
        vm.begin();
        assertThat(step()).isEqualTo(SurveyStep.CONSENT);
        vm.decline();
        assertThat(step()).isEqualTo(SurveyStep.DECLINED);
        assertThat(vm.survey()).isEmpty();
        assertThat(submitted).isEmpty();
    }

    @Test
    void aClaimVerifiesTheMemberCodeThenSubmitsAndReturnsHomeAfterTheThanks() {
        answerTheBusSurvey();
        assertThat(step()).isEqualTo(SurveyStep.SUMMARY);
        vm.claimPoints();
        vm.scanned("not a member code");
        assertThat(vm.page().get().problem()).contains(Message.of("survey.scan.refused"));
        assertThat(submitted).isEmpty();
        vm.scanned(FakeTokenVerifier.member("m-1"));
        assertThat(step()).isEqualTo(SurveyStep.RECORDED);
        assertThat(vm.pointsRecorded()).isEqualTo(300);
        assertThat(submitted).singleElement().satisfies(c -> assertThat(c).map(MemberToken::memberId).contains("m-1"));
        assertThat(tones.played()).containsExactly(BuzzerPattern.FAILURE, BuzzerPattern.SUCCESS);
        scheduler.advance(SurveyViewModel.RECORDED_SHOWN);
        assertThat(homes).isEqualTo(1);
    }

    @Test
    void anAlreadyClaimedMemberMaySubmitWithoutPoints() {
        answers.add(new SurveyOutcome.AlreadyClaimed());
        answerTheBusSurvey();
        vm.claimPoints();
        vm.scanned(FakeTokenVerifier.member("m-1"));
        assertThat(step()).isEqualTo(SurveyStep.ALREADY_CLAIMED);
        vm.submitWithoutPoints();
        assertThat(step()).isEqualTo(SurveyStep.RECORDED);
        assertThat(submitted).hasSize(2);
        assertThat(submitted.get(0)).map(MemberToken::memberId).contains("m-1");
        assertThat(submitted.get(1)).as("the second submission claims nothing").isEmpty();
    }

    @Test
    void aFailedSubmissionSaysSoAndBackReturnsToTheSummary() {
        answers.add(new SurveyOutcome.Refused(SurveyOutcome.Reason.NOT_RECORDED));
        answerTheBusSurvey();
        vm.submitWithoutPoints();
        assertThat(step()).isEqualTo(SurveyStep.FAILED);
        assertThat(vm.page().get().problem()).contains(Message.of("survey.failed.not-recorded"));
        vm.back();
        assertThat(step()).isEqualTo(SurveyStep.SUMMARY);
        vm.submitWithoutPoints();
        assertThat(step()).isEqualTo(SurveyStep.RECORDED);
    }

    @Test
    void clearingForgetsTheRunAndEverythingTyped() {
        surveys = List.of(SurveyFixtures.park());
        vm.refresh();
        vm.opened();
        vm.begin();
        vm.agree();
        vm.pick("daily");
        vm.next();
        vm.pick(SurveyRun.OTHER);
        vm.entry().orElseThrow().press('ㅂ');
        vm.entry().orElseThrow().press('ㅣ');
        assertThat(vm.typed()).isEqualTo("비");
        var entry = vm.entry().orElseThrow();
        vm.clear();
        assertThat(entry.text().get()).as("the keyboard's text is emptied, not just dropped").isEmpty();
        assertThat(vm.survey()).isEmpty();
        assertThat(vm.typed()).isEmpty();
        assertThat(vm.picked()).isEmpty();
        assertThat(submitted).isEmpty();
    }

    @Test
    void aLateOutcomeForAnAbandonedSurveyIsDropped() {
        List<Runnable> later = new ArrayList<>();
        SurveyViewModel slow = new SurveyViewModel(desk, new FakeTokenVerifier(), tones, scheduler.clock(),
                new org.madang.kiosk.ui.model.Background() {
                    @Override
                    public <T> void run(java.util.function.Supplier<T> work, java.util.function.Consumer<? super T> then,
                            java.util.function.Consumer<? super RuntimeException> failed) {
                        later.add(() -> then.accept(work.get()));
                    }
                }, scheduler, () -> homes++);
        slow.refresh();
        later.forEach(Runnable::run);
        later.clear();
        slow.opened();
        slow.choose("bus");
        slow.begin();
        slow.answerYesNo(false);
        slow.next();
        slow.submitWithoutPoints();
        assertThat(slow.page().get().step()).isEqualTo(SurveyStep.WORKING);
        slow.clear();
        later.forEach(Runnable::run);
        assertThat(slow.page().get().step()).isEqualTo(SurveyStep.LIST);
        assertThat(homes).isZero();
    }
}
