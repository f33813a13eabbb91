package org.madang.central.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.madang.central.Central;
import org.madang.central.CentralHome;
import org.madang.journal.CanonicalJson;
import org.madang.journal.ClockStamp;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.journal.chain.RecordHasher;
import org.madang.journal.chain.Sha256;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.testing.TestKeys;
import org.madang.sync.api.closing.ClosingQrText;
import org.madang.sync.api.enroll.EnrollmentQr;
import org.madang.sync.api.enroll.EnrollmentTicket;
import org.madang.sync.api.wire.EnrollmentRequest;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: output, bilingual errors and exit codes. */
class CentralCommandTest {

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CentralCommand.execute(new PrintWriter(out), new PrintWriter(err), Map.of("LANG", "ko_KR.UTF-8"), args);
        return new Run(status, out.toString(), err.toString());
    }

    Path home() {
        Path home = dir.resolve("home");
        assertThat(run("init", "--dir", home.toString()).status()).isZero();
        return home;
    }

    @Test
    void initPrintsKidAndPublicKeyAndRefusesAnExistingHome() {
        Path home = dir.resolve("home");
        Run init = run("init", "--dir", home.toString());
        assertThat(init.status()).isZero();
        assertThat(init.out()).contains("kid: central-1").containsPattern("x: [A-Za-z0-9_-]{43}");
        assertThat(init.out().indexOf("중앙 서버 홈")).isLessThan(init.out().indexOf("Central home created"));
        Run again = run("init", "--dir", home.toString());
        assertThat(again.status()).isEqualTo(3);
        assertThat(again.err()).contains("오류").contains("error").contains("already a central home");
    }

    @Test
    void commandsOnADirectoryThatIsNoHomeSayHowToMakeOne() {
        Run run = run("enroll-code", "--dir", dir.resolve("nothing").toString(), "--site-code", "1114055000", "--roles", "checkin");
        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).contains("init --dir");
    }

    @Test
    void enrollmentWritesAQrThatDecodesToTheTicketWithTheCentralKey() throws Exception {
        Path home = home();
        Path out = Files.createDirectory(dir.resolve("out"));
        Run run = run("enrollment", "--dir", home.toString(), "--url", "https://central.example.go.kr/madang",
                "--site-code", "1114055000", "--site-name", "명동", "--roles", "checkin,vote", "--valid-for", "2h",
                "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        String text = run.out().strip();
        assertThat(text).startsWith(EnrollmentQr.PREFIX);
        EnrollmentTicket ticket = EnrollmentQr.parse(text, Instant.now());
        CentralHome opened = CentralHome.open(home);
        assertThat(ticket.centralKey()).isEqualTo(opened.signingKey().publicKey());
        assertThat(ticket.kid()).isEqualTo("central-1");
        assertThat(ticket.roles()).containsExactly("checkin", "vote");
        assertThat(ticket.siteName()).isEqualTo("명동");
        assertThat(Duration.between(Instant.now(), ticket.expires())).isBetween(Duration.ofMinutes(119), Duration.ofHours(2));
        assertThat(run.err()).containsSubsequence("지문", "fingerprint: " + ticket.fingerprint());
        String base = "enrollment-1114055000-" + Sha256.digest(ticket.code()).hex().substring(0, 8);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(out.resolve(base + ".png").toFile());
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        com.google.zxing.Result decoded = new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
                new com.google.zxing.common.HybridBinarizer(new com.google.zxing.RGBLuminanceSource(image.getWidth(),
                        image.getHeight(), pixels))));
        assertThat(decoded.getText()).isEqualTo(text);
        String html = Files.readString(out.resolve(base + ".html"));
        assertThat(html).contains("lang=\"ko\"", ticket.code(), "명동 (1114055000)", ticket.fingerprint(),
                "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(
                        Files.readAllBytes(out.resolve(base + ".png"))) + "\"");
        assertThat(html.indexOf("단말 등록")).isLessThan(html.indexOf("terminal enrollment"));
        assertThat(Files.readString(out.resolve(base + ".txt")).strip()).isEqualTo(text);
    }

    @Test
    void enrollmentRefusesPlainHttpToAnotherMachineAndABadDuration() throws Exception {
        Path home = home();
        Run http = run("enrollment", "--dir", home.toString(), "--url", "http://central.example.go.kr/",
                "--site-code", "1114055000", "--site-name", "명동", "--roles", "checkin", "--out", dir.toString());
        assertThat(http.status()).isEqualTo(1);
        assertThat(http.err()).contains("오류", "https", "is not a central URL a terminal may use");
        Run duration = run("enrollment", "--dir", home.toString(), "--url", "https://c.example/",
                "--site-code", "1114055000", "--site-name", "명동", "--roles", "checkin", "--valid-for", "soon",
                "--out", dir.toString());
        assertThat(duration.status()).isEqualTo(2);
        assertThat(duration.err()).contains("--valid-for soon");
    }

    @Test
    void enrollCodePrintsACodeAndRefusesABadSiteCode() {
        Path home = home();
        Run code = run("enroll-code", "--dir", home.toString(), "--site-code", "1114055000", "--roles", "checkin,vote");
        assertThat(code.status()).isZero();
        assertThat(code.out().strip()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        Run bad = run("enroll-code", "--dir", home.toString(), "--site-code", "12345", "--roles", "checkin");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).contains("12345");
        Run badRole = run("enroll-code", "--dir", home.toString(), "--site-code", "1114055000", "--roles", "checkin,dance");
        assertThat(badRole.status()).isEqualTo(1);
        assertThat(badRole.err()).contains("dance");
    }

    @Test
    void enrollCodeTakesItsLifetimeAsEnrollmentDoesAndStillTheOldHours() {
        Path home = home();
        assertThat(run("enroll-code", "--dir", home.toString(), "--site-code", "1114055000", "--roles", "checkin",
                "--valid-for", "30m").status()).isZero();
        assertThat(run("enroll-code", "--dir", home.toString(), "--site-code", "1114055000", "--roles", "checkin",
                "--valid-hours", "3").status()).isZero();
        Run soon = run("enroll-code", "--dir", home.toString(), "--site-code", "1114055000", "--roles", "checkin",
                "--valid-for", "soon");
        assertThat(soon.status()).isEqualTo(2);
        assertThat(soon.err()).contains("--valid-for soon", "기간이 아닙니다", "is not a duration");
    }

    @Test
    void versionNamesTheCentralAndItsJava() {
        Run run = run("--version");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("central-reference ").contains("Java " + Runtime.version().feature());
    }

    @Test
    void publishPrintsTheVersionAndListsEveryProblemOfBadContent() throws Exception {
        Path home = home();
        Path good = dir.resolve("content.json");
        Files.writeString(good, """
                {"district":"서울특별시 중구","memberHashKey":{"id":"m1","key":"%s"},"events":[],"revocations":[]}
                """.formatted(Base64.getEncoder().encodeToString(new byte[32])), StandardCharsets.UTF_8);
        assertThat(run("publish", "--dir", home.toString(), good.toString()).out().strip()).isEqualTo("1");
        assertThat(run("publish", "--dir", home.toString(), good.toString()).out().strip()).isEqualTo("2");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"memberHashKey":{"id":"m1","key":"short"},"events":[],"revocations":[],"colour":"blue"}
                """, StandardCharsets.UTF_8);
        Run refused = run("publish", "--dir", home.toString(), bad.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("district").contains("memberHashKey.key").contains("colour")
                .contains("게시하지 않았습니다").contains("was not published");
        Path notJson = dir.resolve("broken.json");
        Files.writeString(notJson, "{", StandardCharsets.UTF_8);
        assertThat(run("publish", "--dir", home.toString(), notJson.toString()).status()).isEqualTo(1);
    }

    @Test
    void issueTokenPrintsAJwtAndNamesAMissingOption() {
        Path home = home();
        Run member = run("issue-token", "--dir", home.toString(), "--type", "member", "--sub", "m-1", "--dong", "1114055000",
                "--birth-year", "1970");
        assertThat(member.status()).isZero();
        String[] parts = member.out().strip().split("\\.");
        assertThat(parts).hasSize(3);
        assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)).contains("\"kid\":\"central-1\"");
        Run staff = run("issue-token", "--dir", home.toString(), "--type", "staff", "--sub", "s-1", "--name", "김민지");
        assertThat(staff.status()).isZero();
        Run missing = run("issue-token", "--dir", home.toString(), "--type", "voucher", "--poll", "p1");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("--serial");
    }

    @Test
    void serveRefusesANonLoopbackHostWithoutAllowRemote() {
        Path home = home();
        Run run = run("serve", "--dir", home.toString(), "--host", "0.0.0.0", "--port", "0");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("TLS").contains("--allow-remote");
    }

    @Test
    void importOfAFileThatIsNoExportIsRefused() throws Exception {
        Path home = home();
        Path file = dir.resolve("not-an-export.gz");
        Files.writeString(file, "hello");
        Run run = run("import", "--dir", home.toString(), file.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("MALFORMED_REQUEST");
    }

    @Test
    void sealKeyPrintsTheSealJsonKeepsThePrivateKeyOwnerOnlyAndNeverReplacesIt() throws Exception {
        Path home = home();
        Run run = run("seal-key", "--dir", home.toString(), "--poll", "2026-wolgok1-agenda");
        assertThat(run.status()).isZero();
        assertThat(run.out().strip()).matches("\\{\"kid\":\"poll-2026-wolgok1-agenda\",\"x25519\":\"[A-Za-z0-9_-]{43}\"}");
        Path key = home.resolve("keys/polls/poll-2026-wolgok1-agenda.x25519.json");
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String secret = new com.fasterxml.jackson.databind.ObjectMapper().readTree(key.toFile()).get("private").asText();
        assertThat(run.out() + run.err()).doesNotContain(secret);
        assertThat(run.err().indexOf("개인 키")).isLessThan(run.err().indexOf("private key"));

        Run again = run("seal-key", "--dir", home.toString(), "--poll", "2026-wolgok1-agenda");
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("바꾸지 않습니다").contains("never replaced");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(key.toFile()).get("private").asText())
                .isEqualTo(secret);
        Run bad = run("seal-key", "--dir", home.toString(), "--poll", "Bad Id");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--poll 'Bad Id'은(는) 투표 id가 아닙니다").contains("'-'로")
                .contains("--poll 'Bad Id' is not a poll id").contains("digits and '-',");
        assertThat(bad.err().indexOf("투표 id가")).isLessThan(bad.err().indexOf("not a poll id"));
    }

    @Test
    void importClosingStoresAGenuineSheetOnceAndRefusesAForgedOneInBothLanguages() throws Exception {
        Path home = home();
        Ed25519KeyPair key = TestKeys.deviceKey();
        try (Central central = Central.open(CentralHome.open(home), Optional.empty(), Clock.systemUTC())) {
            String code = central.createEnrollmentCode("1114055000", Set.of("vote"), Duration.ofHours(1));
            central.enroll(new EnrollmentRequest(code, "kiosk-a", "1114055000", key.publicKey().jwkX(), "test"));
        }
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("poll", "agenda");
        body.put("closedAt", "2026-12-04T09:00:00Z");
        body.put("closedBy", "pin");
        body.put("turnout", 0);
        body.put("methods", Map.of());
        body.put("sealed", true);
        body.put("boxHash", Sha256.digest("").hex());
        CanonicalJson json = CanonicalJson.of(body);
        ClockStamp stamp = new ClockStamp(Instant.parse("2026-12-04T09:00:00Z"), "boot-1", 1, true);
        Sha256 prev = RecordHasher.genesis("journal-a");
        Sha256 hash = RecordHasher.hash(1, "rec-1", RecordKind.VOTE_CLOSE, json, stamp, prev, key.keyId());
        JournalRecord sheet = new JournalRecord(1, "rec-1", RecordKind.VOTE_CLOSE, json, stamp, prev, hash, key.keyId(),
                key.sign(hash.bytes()));

        Run stored = run("import-closing", "--dir", home.toString(), "--text", ClosingQrText.of(sheet));
        assertThat(stored.status()).isZero();
        assertThat(stored.out()).contains("확인하고 저장했습니다").contains("verified and stored").contains("matches");
        Path file = dir.resolve("qr.txt");
        Files.writeString(file, ClosingQrText.of(sheet) + "\n");
        assertThat(run("import-closing", "--dir", home.toString(), "--file", file.toString()).out())
                .contains("already stored");

        JournalRecord forged = new JournalRecord(1, "rec-1", RecordKind.VOTE_CLOSE, json, stamp, prev, hash,
                key.keyId(), TestKeys.deviceKey().sign(hash.bytes()));
        Run refused = run("import-closing", "--dir", home.toString(), "--text", ClosingQrText.of(forged));
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("위조되었거나").contains("forged or damaged").contains("kiosk-a");
        assertThat(run("import-closing", "--dir", home.toString()).status()).isEqualTo(2);
    }
}
