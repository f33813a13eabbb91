package org.madang.central.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.madang.central.Central;
import org.madang.central.CentralHome;
import org.madang.sync.api.SyncApi;
import org.madang.sync.api.auth.RequestLine;
import org.madang.sync.api.auth.RequestSigner;
import org.madang.sync.api.wire.WireJson;

/**
 * The sync benchmark ({@code scripts/bench-sync.sh}; figures in docs/benchmarks-sync.md). Runs
 * the central ({@code serve}), the raw-throughput sink and the sync agent each as its own process
 * and prints one table:
 * <ol>
 *   <li>one journal of N records posted in batches to the sink (raw) and to the central (SQLite),
 *       chain-head and every-signature verification;</li>
 *   <li>T terminals uploading at once, SQLite and PostgreSQL (when {@code --pg} is given);</li>
 *   <li>the agent's {@code once} uploading N records from a real journal, its peak RSS (VmHWM
 *       sampled every 20 ms) for each JVM flag set (when {@code --agent-jar} is given);</li>
 *   <li>only when asked ({@code --only …,stages}): {@link IngestStages}, the cost of each step of
 *       ingest in this JVM, best of R rounds.</li>
 * </ol>
 *
 * <p>Options: {@code --work DIR --records N --terminals T --per-terminal M --batch B --pg JDBC_URL
 * --agent-jar PATH --agent-flags "FLAGS|FLAGS…" --central-jvm "FLAGS" --only one,terminals,agent,stages --dbs sqlite,pg --modes head,every --rounds R} (an {@code NAME=VALUE} among the flags is an
 * environment variable, e.g. {@code MALLOC_ARENA_MAX=2}).
 */
public final class SyncBenchmark {

    private static final Pattern TOOK = Pattern.compile("took=(\\d+)ms");

    private final Path work;
    private final Path jar;
    private final String java;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final SecureRandom random = new SecureRandom();
    private final List<String[]> rows = new ArrayList<>();
    private List<String> centralJvm = List.of();
    private String modes = "head,every";
    private List<String> stages = List.of();

    private SyncBenchmark(Path work) throws Exception {
        this.work = work;
        this.jar = Path.of(SyncBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        this.java = ProcessHandle.current().info().command().orElseThrow();
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-central-reference.xml");
        }
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path work = Path.of(o.getOrDefault("work", Files.createTempDirectory("bench-sync").toString()));
        Files.createDirectories(work);
        SyncBenchmark bench = new SyncBenchmark(work);
        int records = Integer.parseInt(o.getOrDefault("records", "100000"));
        int batch = Integer.parseInt(o.getOrDefault("batch", "2000"));
        int terminals = Integer.parseInt(o.getOrDefault("terminals", "50"));
        int perTerminal = Integer.parseInt(o.getOrDefault("per-terminal", "2000"));
        System.err.printf("bench: %d cores, work dir %s%n", Runtime.getRuntime().availableProcessors(), work);
        if (o.containsKey("central-jvm")) {
            bench.centralJvm = List.of(o.get("central-jvm").strip().split("\\s+"));
        }
        String only = o.getOrDefault("only", "one,terminals,agent");
        // --modes narrows the central rows and --dbs the terminals rows, for A/B runs of one row.
        bench.modes = o.getOrDefault("modes", "head,every");
        if (only.contains("one")) {
            bench.oneJournal(records, batch);
        }
        String dbs = o.getOrDefault("dbs", "sqlite,pg");
        if (only.contains("terminals") && dbs.contains("sqlite")) {
            bench.terminals(terminals, perTerminal, batch, Optional.empty());
        }
        if (only.contains("terminals") && dbs.contains("pg") && o.containsKey("pg")) {
            bench.terminals(terminals, perTerminal, batch, Optional.of(o.get("pg")));
        }
        if (only.contains("stages")) {
            bench.stages = IngestStages.table(work, records, batch, Integer.parseInt(o.getOrDefault("rounds", "4")));
        }
        if (only.contains("agent") && o.containsKey("agent-jar")) {
            bench.agent(Path.of(o.get("agent-jar")), records,
                    List.of(o.getOrDefault("agent-flags", "-Xmx64m -XX:+UseSerialGC -Xss512k -XX:TieredStopAtLevel=1")
                            .split("\\|")));
        }
        bench.print();
    }

    // ---- 1. one journal: raw sink against the central

    private void oneJournal(int records, int batch) throws Exception {
        BenchJournal journal = new BenchJournal("bench-one", records, random);
        List<byte[]> bodies = journal.bodies(batch);
        long bytes = bodies.stream().mapToLong(b -> b.length).sum();
        String shape = String.format(Locale.ROOT, "%d x %d rec, %d B body, %.1f MB gzip", bodies.size(), batch,
                journal.bodyBytes(), bytes / 1e6);
        try (Child sink = Child.start(work.resolve("sink.log"), List.of(java, "-cp", jar.toString(),
                DiscardSink.class.getName()))) {
            // Twice: the first warms this client's JIT, the second is the figure.
            post(sink.uri(), journal, bodies);
            double seconds = post(sink.uri(), journal, bodies);
            row("1 journal -> discard sink (raw)", shape, records, seconds, "");
        }
        // A second journal of the same size from another device: posted after the first, it meets a warm
        // central, as the sink's timed pass meets a warm sink (a central that has run a while is warm).
        BenchJournal other = new BenchJournal("bench-one-b", records, random);
        List<byte[]> otherBodies = other.bodies(batch);
        for (boolean every : new boolean[] {false, true}) {
            if (!modes.contains(every ? "every" : "head")) {
                continue;
            }
            Path home = newHome();
            enroll(home, Optional.empty(), List.of(journal, other));
            String what = "1 journal -> central SQLite, " + (every ? "every signature" : "chain head");
            try (Child central = serve(home, Optional.empty(), every, "one")) {
                double cpu0 = central.cpuSeconds();
                double seconds = post(central.uri(), journal, bodies);
                row(what + ", fresh central", shape, records, seconds, central.cpuNote(cpu0, records));
                double cpu1 = central.cpuSeconds();
                seconds = post(central.uri(), other, otherBodies);
                row(what + ", warm (the next " + String.format(Locale.ROOT, "%,d", records) + ")", shape, records, seconds,
                        central.cpuNote(cpu1, records));
            }
        }
    }

    /** Posts the bodies in order on one connection; the seconds it took. */
    private double post(URI base, BenchJournal journal, List<byte[]> bodies) throws Exception {
        RequestSigner signer = new RequestSigner(journal.key, Clock.systemUTC(), random);
        long start = System.nanoTime();
        for (byte[] body : bodies) {
            send(base, signer, body);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private long send(URI base, RequestSigner signer, byte[] body) throws Exception {
        for (int attempt = 0;; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(SyncApi.RECORDS))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Encoding", "gzip");
            signer.headers(RequestLine.withBody("POST", SyncApi.RECORDS, body)).forEach(request::header);
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() == 503 && attempt < 1000) {
                // Load shed (--max-concurrent-uploads): an agent retries later; here after 20 ms.
                Thread.sleep(20);
                continue;
            }
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + answer.statusCode() + ": " + new String(answer.body(),
                        StandardCharsets.UTF_8));
            }
            var stored = WireJson.MAPPER.readTree(answer.body()).get("stored");
            return stored == null ? 0 : stored.asLong();
        }
    }

    // ---- 2. terminals at once

    private void terminals(int terminals, int perTerminal, int batch, Optional<String> pg) throws Exception {
        List<BenchJournal> journals = new ArrayList<>();
        List<List<byte[]>> bodies = new ArrayList<>();
        for (int t = 0; t < terminals; t++) {
            BenchJournal journal = new BenchJournal("bench-t" + t, perTerminal, random);
            journals.add(journal);
            bodies.add(journal.bodies(batch));
        }
        String db = pg.isPresent() ? "PostgreSQL" : "SQLite";
        for (boolean every : new boolean[] {false, true}) {
            if (!modes.contains(every ? "every" : "head")) {
                continue;
            }
            Optional<String> url = pg.map(SyncBenchmark::freshSchema);
            try {
                Path home = newHome();
                enroll(home, url, journals);
                try (Child central = serve(home, url, every, "t-" + db)) {
                    double cpu0 = central.cpuSeconds();
                    ExecutorService pool = Executors.newFixedThreadPool(terminals);
                    long start = System.nanoTime();
                    List<Future<Long>> results = new ArrayList<>();
                    for (int t = 0; t < terminals; t++) {
                        BenchJournal journal = journals.get(t);
                        List<byte[]> mine = bodies.get(t);
                        results.add(pool.submit(() -> {
                            RequestSigner signer = new RequestSigner(journal.key, Clock.systemUTC(), new SecureRandom());
                            long stored = 0;
                            for (byte[] body : mine) {
                                stored += send(central.uri(), signer, body);
                            }
                            return stored;
                        }));
                    }
                    long stored = 0;
                    for (Future<Long> result : results) {
                        stored += result.get();
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    pool.shutdown();
                    row(terminals + " terminals at once -> central " + db + ", " + (every ? "every signature" : "chain head"),
                            terminals + " x " + perTerminal + " rec", stored, seconds, central.cpuNote(cpu0, stored));
                }
            } finally {
                url.ifPresent(SyncBenchmark::dropSchema);
            }
        }
    }

    // ---- 3. the agent as its own process

    private void agent(Path agentJar, int records, List<String> flagSets) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String centralUrl = "http://127.0.0.1:" + port + "/";
        Path pristine = work.resolve("device-pristine");
        long start = System.nanoTime();
        String printed = run(work.resolve("bench-device.log"), List.of(java, "-cp", agentJar.toString(),
                "org.madang.sync.agent.bench.BenchDevice", pristine.toString(), centralUrl, String.valueOf(records),
                "bench-agent-01"));
        System.err.printf("bench: device journal of %d records written in %.1f s (%s)%n", records,
                (System.nanoTime() - start) / 1e9, printed.strip());
        int n = 0;
        for (String flags : flagSets) {
            n++;
            Path home = newHome();
            String code;
            try (Central central = Central.open(CentralHome.open(home), Optional.empty(), Clock.systemUTC())) {
                code = central.createEnrollmentCode(BenchJournal.SITE, Set.of("checkin"), Duration.ofHours(1));
            }
            Path device = work.resolve("device-" + n);
            copy(pristine, device);
            try (Child central = serve(home, Optional.empty(), false, "agent-" + n, port)) {
                System.err.printf("bench: agent run %d against %s%n", n, central.uri());
                run(work.resolve("agent-enroll-" + n + ".log"), List.of(java, "-jar", agentJar.toString(), "enroll",
                        "--data-dir", device.toString(), "--code", code));
                List<String> command = new ArrayList<>(List.of(java));
                Map<String, String> env = new LinkedHashMap<>();
                List<String> agentArgs = new ArrayList<>();
                for (String token : flags.strip().split("\\s+")) {
                    if (token.startsWith("--")) {
                        agentArgs.add(token);
                    } else if (!token.startsWith("-") && token.contains("=")) {
                        env.put(token.substring(0, token.indexOf('=')), token.substring(token.indexOf('=') + 1));
                    } else if (!token.isEmpty()) {
                        command.add(token);
                    }
                }
                command.addAll(List.of("-jar", agentJar.toString(), "once", "--data-dir", device.toString()));
                command.addAll(agentArgs.stream().flatMap(a -> List.of(a.split("=", 2)).stream()).toList());
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(work.resolve("agent-once-" + n + ".log").toFile());
                builder.environment().putAll(env);
                long t0 = System.nanoTime();
                Process agent = builder.start();
                long peakKb = 0;
                long lastRssKb = 0;
                Path status = Path.of("/proc", String.valueOf(agent.pid()), "status");
                while (!agent.waitFor(20, TimeUnit.MILLISECONDS)) {
                    try {
                        for (String line : Files.readAllLines(status)) {
                            if (line.startsWith("VmHWM:")) {
                                peakKb = Math.max(peakKb, Long.parseLong(line.replaceAll("\\D", "")));
                            } else if (line.startsWith("VmRSS:")) {
                                lastRssKb = Long.parseLong(line.replaceAll("\\D", ""));
                            }
                        }
                    } catch (IOException | NumberFormatException e) {
                        // exited between waitFor and the read
                    }
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                String log = Files.readString(work.resolve("agent-once-" + n + ".log"));
                Matcher took = TOOK.matcher(log);
                double passSeconds = took.find() ? Long.parseLong(took.group(1)) / 1e3 : Double.NaN;
                if (agent.exitValue() != 0) {
                    System.err.println(log);
                }
                row("agent once (own JVM) -> central SQLite, chain head", flags.strip(), records, passSeconds,
                        String.format(Locale.ROOT, "exit %d, process %.1f s, peak RSS %.1f MiB (last %.1f)", agent.exitValue(),
                                seconds, peakKb / 1024.0, lastRssKb / 1024.0));
            }
        }
    }

    // ---- plumbing

    private Path newHome() throws IOException {
        Path home = work.resolve("home-" + UUID.randomUUID().toString().substring(0, 8));
        CentralHome.init(home, random);
        return home;
    }

    private void enroll(Path home, Optional<String> url, List<BenchJournal> journals) throws IOException {
        try (Central central = Central.open(CentralHome.open(home), url, Clock.systemUTC())) {
            for (BenchJournal journal : journals) {
                String code = central.createEnrollmentCode(BenchJournal.SITE, Set.of("checkin"), Duration.ofHours(1));
                central.enroll(journal.enrollment(code));
            }
        }
    }

    private Child serve(Path home, Optional<String> url, boolean every, String label) throws IOException {
        return serve(home, url, every, label, 0);
    }

    private Child serve(Path home, Optional<String> url, boolean every, String label, int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(centralJvm);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--dir", home.toString(),
                "--port", String.valueOf(port), "--max-concurrent-uploads", "64"));
        url.ifPresent(u -> command.addAll(List.of("--db", u)));
        if (every) {
            command.add("--verify-every-signature");
        }
        return Child.start(work.resolve("central-" + label + (every ? "-every" : "-head") + ".log"), command);
    }

    private void row(String what, String shape, long records, double seconds, String givenNote) {
        String note = givenNote + (givenNote.isEmpty() ? "" : ", ") + "load " + loadAverage();
        String perSecond = String.format(Locale.ROOT, "%,.0f", records / seconds);
        rows.add(new String[] {what, shape, String.format(Locale.ROOT, "%,d", records),
                String.format(Locale.ROOT, "%.2f", seconds), perSecond, note});
        System.err.printf("bench: %s | %s | %s records/s %s%n", what, shape, perSecond, note);
    }

    private void print() {
        System.out.println("| scenario | shape | records | seconds | records/s | notes |");
        System.out.println("|---|---|---|---|---|---|");
        for (String[] r : rows) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
        if (!stages.isEmpty()) {
            System.out.println();
            stages.forEach(System.out::println);
        }
    }

    /** The 1-minute load average: the figures are only comparable on an otherwise idle machine. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String run(Path log, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + " exited " + p.exitValue() + ": " + out + " (see " + log + ")");
        }
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static String freshSchema(String url) {
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void dropSchema(String url) {
        String schema = url.substring(url.lastIndexOf("currentSchema=") + "currentSchema=".length());
        String base = url.substring(0, url.lastIndexOf("currentSchema=") - 1);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            System.err.println("bench: could not drop schema " + schema + ": " + e.getMessage());
        }
    }

    /** A child JVM that prints {@code listening on URL} once ready; destroyed on close. */
    private record Child(Process process, URI uri, double readySeconds) implements AutoCloseable {

        static Child start(Path log, List<String> command) throws IOException {
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            AtomicInteger lines = new AtomicInteger();
            for (String line; (line = out.readLine()) != null;) {
                lines.incrementAndGet();
                if (line.startsWith("listening on ")) {
                    return new Child(process, URI.create(line.substring("listening on ".length()).strip()),
                            (System.nanoTime() - started) / 1e9);
                }
            }
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not start (see " + log + ")");
        }

        /** User + system CPU seconds the process has used (Linux /proc; NaN elsewhere). */
        double cpuSeconds() {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // Fields 14 and 15 of stat (utime, stime), counted from after the command name; 100 ticks/s on Linux.
                return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
            } catch (IOException | RuntimeException e) {
                return Double.NaN;
            }
        }

        String cpuNote(double before, long records) {
            double cpu = cpuSeconds() - before;
            // Start-up (JVM start to "listening on") is not in the timed figures: work moved there shows here.
            return String.format(Locale.ROOT, "central CPU %.1f s = %.0f µs/record, ready in %.1f s (%.1f s CPU)", cpu,
                    cpu * 1e6 / records, readySeconds, before);
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
