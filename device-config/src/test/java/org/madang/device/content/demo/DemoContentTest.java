package org.madang.device.content.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.madang.device.content.ContentBundle;
import org.madang.device.content.ContentBundles;
import org.madang.device.content.poll.BallotRule;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.poll.seal.BallotSeal;
import org.madang.device.content.poll.seal.SealedBallot;
import org.madang.device.content.survey.Question;
import org.madang.device.content.survey.Survey;
import org.madang.journal.signing.Ed25519KeyPair;

class DemoContentTest {

    private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
    private static final String DONG = "2920067000";

    private final byte[] seed = "a demo seed of some length".getBytes(StandardCharsets.US_ASCII);
    private final DemoContent demo = DemoContent.fromSeed(seed);
    private final Ed25519KeyPair central = Ed25519KeyPair.generate(new SecureRandom());

    private ContentBundle bundle() throws Exception {
        String jws = ContentBundles.sign(demo.payload(1, NOW, DONG, new byte[32]), central, "demo-central");
        return ContentBundles.read(jws.getBytes(StandardCharsets.US_ASCII), Map.of("demo-central", central.publicKey()));
    }

    @Test
    void signsIntoAValidBundleWithOnePollOfEachRuleOpenNow() throws Exception {
        ContentBundle bundle = bundle();

        assertThat(bundle.polls()).extracting(poll -> (Object) poll.rule().getClass()).containsExactly(BallotRule.Single.class,
                BallotRule.Approval.class, BallotRule.Budget.class, BallotRule.Ranked.class);
        assertThat(bundle.polls()).allMatch(poll -> poll.isOpenAt(NOW));
        assertThat(bundle.polls()).filteredOn(Poll::sealed).extracting(Poll::id).containsExactly(DemoContent.AGENDA_POLL);
        Poll agenda = bundle.poll(DemoContent.AGENDA_POLL).orElseThrow();
        assertThat(agenda.eligibility().dongCodes()).containsExactly(DONG);
        assertThat(agenda.allowBlank()).isTrue();
    }

    @Test
    void theSurveyHasEveryQuestionTypeConsentAndPoints() throws Exception {
        Survey survey = bundle().survey(DemoContent.SURVEY).orElseThrow();

        Set<Class<?>> types = survey.questions().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(types).containsExactlyInAnyOrder(Question.Choice.class, Question.Rating.class, Question.YesNo.class,
                Question.Number.class, Question.Text.class);
        assertThat(survey.consent()).isPresent();
        assertThat(survey.points()).isEqualTo(500);
        assertThat(survey.isOpenAt(NOW)).isTrue();
        assertThat(survey.questions()).filteredOn(q -> q.showIf().isPresent()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(survey.questions()).anyMatch(q -> q instanceof Question.Choice c && c.other() && !c.single());
    }

    @Test
    void everyVoucherCodeOpensItsSerial() throws Exception {
        var codes = bundle().poll(DemoContent.AGENDA_POLL).orElseThrow().voucherCodes().orElseThrow();

        assertThat(demo.voucherCodesBySerial()).hasSize(DemoContent.VOUCHERS);
        assertThat(demo.voucherCodesBySerial().keySet()).containsExactly(DemoContent.serial(1), DemoContent.serial(2),
                DemoContent.serial(3), DemoContent.serial(4), DemoContent.serial(5));
        demo.voucherCodesBySerial().forEach((serial, code) -> assertThat(codes.serialFor(code)).contains(serial));
    }

    @Test
    void theCentralOpensAgendaBallotsWithTheDemoSealKey() throws Exception {
        Poll agenda = bundle().poll(DemoContent.AGENDA_POLL).orElseThrow();
        byte[] ballot = "{\"choices\":[\"alley-lights\"],\"poll\":\"demo-agenda\"}".getBytes(StandardCharsets.UTF_8);

        SealedBallot sealed = BallotSeal.seal(agenda.seal().orElseThrow(), ballot, new SecureRandom());

        assertThat(BallotSeal.open(DemoContent.SEAL_KEY_ID, demo.sealKeys().privateKey(), sealed, agenda.id()))
                .isEqualTo(ballot);
    }

    @Test
    void theSameSeedGivesTheSameKeysAndCodes() {
        DemoContent again = DemoContent.fromSeed(seed.clone());
        byte[] other = seed.clone();
        other[0] ^= 1;

        assertThat(again.sealKeys()).isEqualTo(demo.sealKeys());
        assertThat(again.voucherCodesBySerial()).isEqualTo(demo.voucherCodesBySerial());
        assertThat(DemoContent.fromSeed(other).voucherCodesBySerial()).isNotEqualTo(demo.voucherCodesBySerial());
        assertThat(Arrays.equals(DemoContent.fromSeed(other).sealKeys().privateKey(), demo.sealKeys().privateKey()))
                .isFalse();
    }
}
