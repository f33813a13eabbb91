package org.madang.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the shaded jar as staff do: {@code java -jar device-config.jar ...} in its own process. */
class DeviceConfigJarIT {

    private static Path jar;
    private static String java;

    @TempDir
    Path temp;

    record Result(int exitCode, String out, String err) {

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    @BeforeAll
    static void findJarAndJava() {
        jar = Path.of(System.getProperty("madang.device-config.jar", "target/device-config.jar")).toAbsolutePath();
        assertThat(jar).as("the shaded jar; run through mvn verify").isRegularFile();
        // The JVM running this test is the toolchain JDK the jar was built for.
        java = ProcessHandle.current().info().command().orElseThrow();
    }

    @Test
    void initShowJournalVerifyAndSelftestWorkTogether() throws Exception {
        Path dataDir = temp.resolve("device");

        Result init = run(Cli.PIN + "\n", Cli.initArgs(dataDir));
        assertThat(init.exitCode()).as(init.toString()).isZero();

        Result show = run("", "show", "--data-dir", dataDir.toString());
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).contains("gwangsan-wolgok1-01", "1114055000 명동", "관리자 PIN: 설정됨")
                .doesNotContain("PRIVATE KEY", privateKeyBody(dataDir));

        Result json = run("", "show", "--data-dir", dataDir.toString(), "--json");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode tree = new ObjectMapper().readTree(json.out());
        assertThat(tree.at("/journal/lastSeq").asLong()).isEqualTo(1);
        assertThat(json.err()).as("nothing on stderr, not even JVM warnings").isEmpty();

        Result verify = run("", "journal-verify", "--data-dir", dataDir.toString(), "--lang", "en");
        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        assertThat(verify.out()).contains("is intact: 1 record(s) checked");

        Result selftest = run("", "selftest", "--data-dir", dataDir.toString(), "--samples", "50", "--lang", "en");
        assertThat(selftest.exitCode()).as(selftest.toString()).isZero();
        assertThat(selftest.out()).contains("PASS  profile valid", "PASS  device key", "PASS  journal opens read-only",
                "journal append p50", "0 FAIL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"init", "show", "validate", "journal-verify", "selftest", "bench-journal"})
    void everySubcommandHasHelp(String subcommand) throws Exception {
        Result help = run("", subcommand, "--help");

        assertThat(help.exitCode()).as(help.toString()).isZero();
        assertThat(help.out()).contains("device-config " + subcommand, "--help", "--version", "종료 코드:");
    }

    @Test
    void badSiteCodeExitsOneAndWritesNothing() throws Exception {
        Path dataDir = temp.resolve("device");

        Result init = run(Cli.PIN + "\n", Cli.initArgs(dataDir, "--site-code", "1114000000"));

        assertThat(init.exitCode()).as(init.toString()).isEqualTo(1);
        assertThat(init.err()).contains("시군구", "city or district");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void existingProfileExitsOneAndKeepsTheDevice() throws Exception {
        Path dataDir = temp.resolve("device");
        assertThat(run(Cli.PIN + "\n", Cli.initArgs(dataDir)).exitCode()).isZero();
        byte[] profile = Files.readAllBytes(dataDir.resolve("device-profile.json"));

        Result again = run(Cli.PIN + "\n", Cli.initArgs(dataDir, "--device-id", "other-device"));

        assertThat(again.exitCode()).as(again.toString()).isEqualTo(1);
        assertThat(Files.readAllBytes(dataDir.resolve("device-profile.json"))).isEqualTo(profile);
    }

    @Test
    void koreanArgumentsUnderAnAsciiLocaleAreRefusedNotWrittenGarbled() throws Exception {
        Path dataDir = temp.resolve("device");

        Result init = run(Map.of("LC_ALL", "C"), Cli.PIN + "\n", Cli.initArgs(dataDir));

        assertThat(init.exitCode()).as(init.toString()).isEqualTo(3);
        assertThat(init.err()).contains("LC_ALL=C.UTF-8");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void missingDataDirectoryExitsThree() throws Exception {
        Result show = run("", "show", "--data-dir", temp.resolve("absent").toString());

        assertThat(show.exitCode()).as(show.toString()).isEqualTo(3);
    }

    private Result run(String stdin, String... args) throws IOException, InterruptedException {
        return run(Map.of(), stdin, args);
    }

    private Result run(Map<String, String> extraEnvironment, String stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
        // A UTF-8 locale every glibc has; the JVM decodes the Korean arguments with it.
        builder.environment().remove("LANG");
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().putAll(extraEnvironment);
        Process process = builder.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process, false));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process, true));
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The command may refuse its arguments and exit before reading stdin (a broken pipe).
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("device-config " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Result(process.exitValue(), out.join(), err.join());
    }

    private static String read(Process process, boolean error) {
        try {
            return new String((error ? process.getErrorStream() : process.getInputStream()).readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String privateKeyBody(Path dataDir) throws IOException {
        return Files.readString(dataDir.resolve("keys/device-ed25519.key")).replaceAll("-----[A-Z ]+-----", "").strip();
    }
}
