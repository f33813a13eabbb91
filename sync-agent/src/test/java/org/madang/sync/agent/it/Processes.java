package org.madang.sync.agent.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.madang.journal.testing.TestCertificates;

/** Starts the real programs (central, agent, fault proxy) as processes, and kills them. */
final class Processes implements AutoCloseable {

    static final Path CENTRAL_JAR = Path.of(System.getProperty("madang.central.jar", "../central-reference/target/central-reference.jar"));
    static final Path AGENT_JAR = Path.of(System.getProperty("madang.sync-agent.jar", "target/sync-agent.jar"));
    static final Path FAULTPROXY = Path.of(System.getProperty("madang.faultproxy", "../../shared/tools/faultproxy/faultproxy.py"));
    private static final String JAVA = ProcessHandle.current().info().command().orElseThrow();

    // Readers block until their process ends: they get threads of their own, never the common pool.
    private static final java.util.concurrent.ExecutorService READERS = java.util.concurrent.Executors.newCachedThreadPool(
            runnable -> Thread.ofPlatform().daemon().unstarted(runnable));

    private final Path logs;
    private final List<Process> started = new ArrayList<>();

    Processes(Path logs) throws IOException {
        this.logs = Files.createDirectories(logs);
    }

    /** Output and exit status of a command that ran to its end. */
    record Finished(int exitCode, String out, String err) {
    }

    Finished central(String... args) throws Exception {
        return run(jar(CENTRAL_JAR, args));
    }

    Finished agent(String... args) throws Exception {
        return run(jar(AGENT_JAR, args));
    }

    /** {@code central-reference serve} on {@code port}, after it printed that it listens. */
    Process serveCentral(Path home, int port, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("serve", "--dir", home.toString(), "--port", String.valueOf(port)));
        args.addAll(List.of(more));
        Process process = start(jar(CENTRAL_JAR, args.toArray(String[]::new)), "central");
        awaitLine(process, "listening on", Duration.ofSeconds(30));
        return process;
    }

    /** {@code sync-agent run} in the background, its log appended to {@code name}.log. */
    Process runAgent(String name, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("run"));
        all.addAll(List.of(args));
        return start(jar(AGENT_JAR, all.toArray(String[]::new)), name);
    }

    /** The fault proxy in front of {@code targetPort}; returns its port. */
    int faultProxy(int targetPort, Path log, String... options) throws Exception {
        Path portFile = logs.resolve("proxy.port");
        Files.deleteIfExists(portFile);
        // --max-seconds only keeps a proxy from outliving a killed test run (close() kills it otherwise). It must
        // exceed SyncWithCentralIT's own bounds added up on a slow machine (the appends, up to 1 min for a 503,
        // 4 min for the stored records, 2 x 1 min for the acknowledgements): a proxy that exits mid-wait would
        // fail the test with a cause that points away from the proxy.
        List<String> command = new ArrayList<>(List.of("python3", FAULTPROXY.toString(), "--listen", "0", "--target",
                String.valueOf(targetPort), "--port-file", portFile.toString(), "--log-file", log.toString(),
                "--max-seconds", "1800"));
        command.addAll(List.of(options));
        start(command, "proxy");
        Instant deadline = Instant.now().plusSeconds(20);
        while (!Files.exists(portFile) || Files.readString(portFile).isBlank()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("fault proxy did not start; see " + logs.resolve("proxy.log"));
            }
            Thread.sleep(50);
        }
        return Integer.parseInt(Files.readString(portFile).strip());
    }

    /**
     * A TLS terminator in front of {@code targetPort} (socat, as a district would put nginx in
     * front of the central), serving {@code certificates}' server certificate; returns its port.
     */
    int tlsTerminator(int targetPort, TestCertificates certificates) throws Exception {
        int port = freePort();
        start(List.of("socat", "OPENSSL-LISTEN:" + port + ",bind=127.0.0.1,reuseaddr,fork,cert="
                + certificates.serverPem + ",key=" + certificates.serverKey + ",verify=0",
                "TCP:127.0.0.1:" + targetPort), "tls");
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            try (java.net.Socket probe = new java.net.Socket()) {
                probe.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1000);
                return port;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("socat did not listen; see " + logs.resolve("tls.log"), notYet);
                }
                Thread.sleep(50);
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void kill9(Process process) throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    private static List<String> jar(Path jar, String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-XX:+UseSerialGC", "-Xmx128m", "-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private Finished run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()), READERS);
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()), READERS);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return new Finished(process.exitValue(), out.get(), err.get());
    }

    private Process start(List<String> command, String name) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile()))
                .start();
        started.add(process);
        return process;
    }

    private static void awaitLine(Process process, String text, Duration timeout) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> found = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.contains(text)) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        }, READERS);
        if (!found.get(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("process ended before printing '" + text + "'");
        }
        // Keep draining stdout so the process never blocks on a full pipe.
        CompletableFuture.runAsync(() -> read(process.getInputStream()), READERS);
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        for (Process process : started) {
            process.destroyForcibly();
        }
        for (Process process : started) {
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
