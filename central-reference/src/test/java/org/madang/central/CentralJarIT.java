package org.madang.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded jar as an operator does: init, enroll-code, serve, publish, issue-token, SIGTERM. */
class CentralJarIT {

    private static Path jar;
    private static String java;
    /** Readers block until their process ends: never on the common pool, which has one thread on two cores. */
    private static final ExecutorService READERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "process-reader");
        thread.setDaemon(true);
        return thread;
    });

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("madang.central.jar", "target/central-reference.jar")).toAbsolutePath();
        assertThat(jar).as("the shaded jar; run through mvn verify").isRegularFile();
        java = ProcessHandle.current().info().command().orElseThrow();
    }

    record Run(int status, String out, String err) {
    }

    Run run(String... args) throws Exception {
        Process process = start(args);
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()), READERS);
        String out = read(process.getInputStream());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, err.get());
    }

    Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void operatorSetsUpServesPublishesAndStops() throws Exception {
        Path home = dir.resolve("home");
        Run init = run("init", "--dir", home.toString());
        assertThat(init.status()).as(init.err()).isZero();
        assertThat(init.out()).contains("kid: central-1");

        Run code = run("enroll-code", "--dir", home.toString(), "--site-code", "1114055000", "--roles", "checkin,vote,survey");
        assertThat(code.status()).as(code.err()).isZero();
        assertThat(code.out().strip()).matches("[0-9A-Z-]{19}");

        Process serve = start("serve", "--dir", home.toString(), "--port", "0");
        CompletableFuture<String> serveErr = CompletableFuture.supplyAsync(() -> read(serve.getErrorStream()), READERS);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, READERS);
            String listening = line.get(60, TimeUnit.SECONDS);
            assertThat(listening).matches("listening on http://127\\.0\\.0\\.1:\\d+/");
            URI base = URI.create(listening.substring("listening on ".length()));

            Path content = dir.resolve("content.json");
            Files.writeString(content, """
                    {"district":"서울특별시 중구","memberHashKey":{"id":"m1","key":"%s"},"events":[],"revocations":[]}
                    """.formatted(Base64.getEncoder().encodeToString(new byte[32])), StandardCharsets.UTF_8);
            // Publishing while the server runs: both write the same SQLite file.
            Run publish = run("publish", "--dir", home.toString(), content.toString());
            assertThat(publish.status()).as(publish.err()).isZero();
            assertThat(publish.out().strip()).isEqualTo("1");

            Run token = run("issue-token", "--dir", home.toString(), "--type", "member", "--sub", "m-1", "--dong",
                    "1114055000", "--birth-year", "1980");
            assertThat(token.status()).as(token.err()).isZero();
            assertThat(token.out().strip().split("\\.")).hasSize(3);

            HttpResponse<String> time = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/api/v1/time")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(time.statusCode()).isEqualTo(200);
            String adminToken = Files.readString(home.resolve("admin-token")).strip();
            HttpResponse<String> devices = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/admin/v1/devices"))
                    .header("Authorization", "Bearer " + adminToken).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(devices.statusCode()).isEqualTo(200);
            assertThat(devices.body()).isEqualTo("[]");

            // SIGTERM through the handle: Process.destroy() would also close the streams being read.
            serve.toHandle().destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(serveErr.get(10, TimeUnit.SECONDS)).contains("central stopped");
            assertThat(out.readLine()).as("exactly one line on stdout").isNull();
        } finally {
            serve.destroyForcibly();
        }
    }
}
