package org.madang.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.content.ContentBundle;
import org.madang.device.content.ContentStore;
import org.madang.device.content.demo.DemoContent;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.poll.seal.BallotSeal;
import org.madang.device.content.poll.seal.SealedBallot;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.DeviceProfiles;
import org.madang.device.token.JwtTokenVerifier;
import org.madang.device.token.TimeEvidence;
import org.madang.device.token.TokenCheck;
import org.madang.device.token.TokenRejection;
import org.madang.device.token.TokenType;

class DemoKitCommandTest {

    @TempDir
    Path temp;

    Path dataDir;

    @BeforeEach
    void initialise() {
        dataDir = Cli.initialisedDevice(temp);
    }

    private Cli.Run demoKit() {
        return new Cli().run("demo-kit", "--data-dir", dataDir.toString(), "--lang", "en");
    }

    private DeviceProfile profile() throws Exception {
        return DeviceProfiles.read(DeviceProfiles.fileIn(dataDir));
    }

    private ContentBundle installed() throws Exception {
        return ContentStore.in(dataDir, ContentFailures.trustedKeys(profile())).current().orElseThrow().bundle();
    }

    @Test
    void trustsTheDemoCentralAndInstallsEventsAtThisSiteForTodayAndTomorrow() throws Exception {
        Cli.Run run = demoKit();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(profile().trustedCentralKeys()).extracting(key -> key.kid()).containsExactly(DemoKitCommand.KID);
        ContentBundle bundle = installed();
        assertThat(bundle.version()).isEqualTo(1);
        assertThat(bundle.events()).hasSize(3);
        assertThat(bundle.events().getFirst().titleKo()).isEqualTo("명동 골목 대청소");
        assertThat(bundle.events().getFirst().titleEn()).isEqualTo("Myeongdong alley clean-up");
        assertThat(bundle.events().getFirst().siteCode()).contains("1114055000");
        assertThat(bundle.events().getFirst().points()).isEqualTo(500);
        // Cli's clock: 2026-11-22T01:00Z = 10:00 in Seoul; open from today 00:00 to the day after tomorrow 00:00 KST.
        assertThat(bundle.events().getFirst().start()).isEqualTo(Instant.parse("2026-11-21T15:00:00Z"));
        assertThat(bundle.events().getFirst().end()).isEqualTo(Instant.parse("2026-11-23T15:00:00Z"));
        assertThat(bundle.events().get(1).limit().contentName()).isEqualTo("once-per-day");
        assertThat(run.out()).contains("Demo kit ready", "demo-central", "11 demo tokens", "demo-agenda", "demo-park-survey");
    }

    @Test
    void keepsTheDemoCentralKeyPrivate() throws Exception {
        demoKit();

        Path key = dataDir.resolve("demo-central/keys/device-ed25519.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dataDir.resolve("demo-central/member-hash-key")))).isEqualTo("rw-------");
    }

    @Test
    void writesTokensThatTheVerifierJudgesAsTheReadmeSays() throws Exception {
        demoKit();
        Path tokens = dataDir.resolve("demo-tokens");
        ContentBundle bundle = installed();
        JwtTokenVerifier verifier = JwtTokenVerifier.forProfile(profile(), bundle::revocations,
                () -> TimeEvidence.trusted(Instant.parse("2026-11-22T01:05:00Z")));

        for (String member : List.of("member-1.txt", "member-2.txt", "member-3.txt")) {
            assertThat(verifier.verify(Files.readString(tokens.resolve(member)).strip(), TokenType.MEMBER))
                    .as(member).isInstanceOf(TokenCheck.Accepted.class);
        }
        assertThat(verifier.verify(Files.readString(tokens.resolve("staff-1.txt")).strip(), TokenType.STAFF))
                .isInstanceOf(TokenCheck.Accepted.class);
        assertThat(((TokenCheck.Rejected) verifier.verify(Files.readString(tokens.resolve("member-expired.txt")).strip(),
                TokenType.MEMBER)).reason()).isEqualTo(TokenRejection.EXPIRED);
        assertThat(((TokenCheck.Rejected) verifier.verify(Files.readString(tokens.resolve("member-revoked.txt")).strip(),
                TokenType.MEMBER)).reason()).isEqualTo(TokenRejection.REVOKED);
        assertThat(Files.readAllLines(tokens.resolve("README.txt"))).hasSize(11)
                .allSatisfy(line -> assertThat(line).containsPattern("^[a-z0-9-]+\\.txt: .*[가-힣].* / [^가-힣]+$"));
    }

    @Test
    void publishesOnePollOfEachRuleAndASurveyWithVouchersAndTheSealKey() throws Exception {
        demoKit();
        ContentBundle bundle = installed();
        Path tokens = dataDir.resolve("demo-tokens");
        JwtTokenVerifier verifier = JwtTokenVerifier.forProfile(profile(), bundle::revocations,
                () -> TimeEvidence.trusted(Instant.parse("2026-11-22T01:05:00Z")));

        assertThat(bundle.polls()).extracting(poll -> poll.rule().contentName())
                .containsExactly("single", "approval", "budget", "ranked");
        assertThat(bundle.polls()).allMatch(poll -> poll.isOpenAt(Instant.parse("2026-11-22T01:00:00Z")));
        assertThat(bundle.surveys()).extracting(survey -> survey.id()).containsExactly(DemoContent.SURVEY);
        Poll agenda = bundle.poll(DemoContent.AGENDA_POLL).orElseThrow();
        assertThat(agenda.eligibility().dongCodes()).containsExactly("1114055000");
        // Every voucher: its QR verifies, and the short code in the README opens the same serial.
        List<String> readme = Files.readAllLines(tokens.resolve("README.txt"));
        for (int n = 1; n <= DemoContent.VOUCHERS; n++) {
            var check = verifier.verify(Files.readString(tokens.resolve("voucher-" + n + ".txt")).strip(), TokenType.VOUCHER);
            assertThat(check).isInstanceOf(TokenCheck.Accepted.class);
            String serial = DemoContent.serial(n);
            String line = readme.stream().filter(l -> l.startsWith("voucher-")).filter(l -> l.contains(serial))
                    .findFirst().orElseThrow();
            Matcher code = Pattern.compile("([2-9A-Z]{5}-[2-9A-Z]{5})").matcher(line);
            assertThat(code.find()).as(line).isTrue();
            assertThat(agenda.voucherCodes().orElseThrow().serialFor(code.group(1))).contains(serial);
        }
        // The written private key opens a ballot sealed to the published key.
        Path sealKey = dataDir.resolve("demo-central/seal-" + DemoContent.SEAL_KEY_ID + ".key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sealKey))).isEqualTo("rw-------");
        byte[] privateKey = Base64.getUrlDecoder().decode(Files.readString(sealKey).strip());
        byte[] ballot = "{\"choices\":[],\"poll\":\"demo-agenda\"}".getBytes(StandardCharsets.UTF_8);
        SealedBallot sealed = BallotSeal.seal(agenda.seal().orElseThrow(), ballot, new SecureRandom());
        assertThat(BallotSeal.open(DemoContent.SEAL_KEY_ID, privateKey, sealed, agenda.id())).isEqualTo(ballot);
    }

    @Test
    void aSecondRunKeepsTheSealKeyAndVoucherCodes() throws Exception {
        demoKit();
        Poll first = installed().poll(DemoContent.AGENDA_POLL).orElseThrow();

        demoKit();

        Poll second = installed().poll(DemoContent.AGENDA_POLL).orElseThrow();
        assertThat(second.seal()).isEqualTo(first.seal());
        assertThat(second.voucherCodes()).isEqualTo(first.voucherCodes());
    }

    @Test
    void aSecondRunReusesTheKeyAndInstallsTheNextVersion() throws Exception {
        demoKit();
        String key = Files.readString(dataDir.resolve("demo-central/keys/device-ed25519.key"));
        String hashKey = Files.readString(dataDir.resolve("demo-central/member-hash-key"));

        Cli.Run second = demoKit();

        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).contains("already trusts demo-central");
        assertThat(Files.readString(dataDir.resolve("demo-central/keys/device-ed25519.key"))).isEqualTo(key);
        assertThat(Files.readString(dataDir.resolve("demo-central/member-hash-key"))).isEqualTo(hashKey);
        assertThat(profile().trustedCentralKeys()).hasSize(1);
        assertThat(installed().version()).isEqualTo(2);
    }

    @Test
    void refusesWhenTheProfileTrustsAnotherKeyUnderTheDemoName() throws Exception {
        demoKit();
        // A new demo key whose kid is already taken by the old one in the profile.
        org.junit.jupiter.api.Assertions.assertTrue(Files.deleteIfExists(dataDir.resolve("demo-central/keys/device-ed25519.key")));
        Files.delete(dataDir.resolve("demo-central/keys/device-ed25519.pub"));
        byte[] profileBefore = Files.readAllBytes(DeviceProfiles.fileIn(dataDir));

        Cli.Run run = demoKit();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("다른 키", "different key", "demo-central");
        assertThat(Files.readAllBytes(DeviceProfiles.fileIn(dataDir))).isEqualTo(profileBefore);
    }

    @Test
    void needsAnInitialisedDevice() {
        Cli.Run run = new Cli().run("demo-kit", "--data-dir", temp.resolve("nowhere").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    }
}
