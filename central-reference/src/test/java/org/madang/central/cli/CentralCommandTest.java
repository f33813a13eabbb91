package org.madang.central.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
}
