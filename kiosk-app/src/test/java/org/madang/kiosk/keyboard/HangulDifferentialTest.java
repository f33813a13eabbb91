package org.madang.kiosk.keyboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link HangulComposer} against libhangul itself: builds {@code shared/tools/hangul-ref} (C, against
 * Debian's libhangul-dev) into {@code target/hangul-ref}, feeds it 6,000 sequences from the README's
 * {@code gen.py} and 6,000 uniformly random ones of our own (every token: the 33 keys, {@code <},
 * space, letters, digits), and compares every line. Not skipped when the reference cannot be built:
 * the failure names the Debian packages to install.
 *
 * <p>To compare by hand (after {@code ./mvnw -q -B -pl kiosk-app -am test-compile}), from
 * {@code kiosk-app}:
 * <pre>
 * ../../shared/tools/hangul-ref/compare.sh -n 5000 --seed 7 -- \
 *     java -cp target/classes:target/test-classes org.madang.kiosk.keyboard.HangulComposerCli
 * </pre>
 */
class HangulDifferentialTest {

    static final long GEN_SEED = 20261122;
    static final long JAVA_SEED = 6;
    static final int EACH = 6000;
    private static final String PACKAGES = "gcc pkg-config libhangul-dev libhangul1 libhangul-data";

    @Test
    void composesTwelveThousandRandomSequencesExactlyAsLibhangul() throws Exception {
        Path work = Path.of("target", "hangul-diff");
        Files.createDirectories(work);
        Path reference = build(work);
        System.out.printf("HangulDifferentialTest: gen.py -n %d --seed %d, Java random %d lines seed %d%n",
                EACH, GEN_SEED, EACH, JAVA_SEED);
        List<String> sequences = new ArrayList<>(generated(work));
        assertThat(sequences).as("gen.py output lines").hasSize(EACH);
        sequences.addAll(uniform(new Random(JAVA_SEED), EACH));

        Path input = work.resolve("input.txt");
        Files.write(input, sequences, StandardCharsets.UTF_8);
        List<String> expected = run(work, List.of(reference.toString()), input, "expected.txt");
        assertThat(expected).as("hangul-ref output lines (one per input line)").hasSize(sequences.size());

        List<String> mismatches = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < sequences.size(); i++) {
            String got = HangulRef.compose(sequences.get(i));
            if (!got.equals(expected.get(i))) {
                failed++;
                if (mismatches.size() < 10) {
                    mismatches.add(String.format("line %d: input \"%s\" expected \"%s\" got \"%s\"",
                            i + 1, sequences.get(i), expected.get(i), got));
                }
            }
        }
        assertThat(mismatches)
                .as("%d of %d sequences differ from libhangul (input in %s); first ones", failed, sequences.size(), input)
                .isEmpty();
    }

    /** Every token with equal chance among its kind: 70 % keys, 12 % Backspace, 8 % space, 10 % letters and digits. */
    static List<String> uniform(Random random, int count) {
        String keys = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ";
        String literals = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        List<String> lines = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            int length = 1 + random.nextInt(30);
            StringBuilder line = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(100);
                if (kind < 70) {
                    line.append(keys.charAt(random.nextInt(keys.length())));
                } else if (kind < 82) {
                    line.append('<');
                } else if (kind < 90) {
                    line.append(' ');
                } else {
                    line.append(literals.charAt(random.nextInt(literals.length())));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static Path build(Path work) throws Exception {
        Path binary = work.resolve("hangul-ref").toAbsolutePath();
        Path script = HangulRef.folder().resolve("build.sh");
        Process process = new ProcessBuilder("sh", script.toString(), binary.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = process.waitFor(120, TimeUnit.SECONDS);
        if (!done || process.exitValue() != 0 || !Files.isExecutable(binary)) {
            process.destroyForcibly();
            throw new AssertionError("could not build the libhangul reference with " + script + " " + binary
                    + " (exit " + (done ? process.exitValue() : "timeout") + "):\n" + output
                    + "\nInstall the Debian packages it needs: apt-get install -y " + PACKAGES
                    + " (.ci/run does this)");
        }
        return binary;
    }

    private static List<String> generated(Path work) throws Exception {
        Path gen = HangulRef.folder().resolve("gen.py");
        return run(work, List.of("python3", gen.toString(), "-n", String.valueOf(EACH), "--seed",
                String.valueOf(GEN_SEED)), null, "generated.txt");
    }

    /** Runs {@code command} with {@code input} on stdin (if any); its stdout lines, failing on a non-zero exit. */
    private static List<String> run(Path work, List<String> command, Path input, String outputName) throws Exception {
        Path output = work.resolve(outputName);
        Path errors = work.resolve(outputName + ".stderr");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile());
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within 120 s");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(command + " exited with " + process.exitValue() + ": " + stderr(errors));
        }
        return Files.readAllLines(output, StandardCharsets.UTF_8);
    }

    private static String stderr(Path errors) throws IOException {
        String text = Files.readString(errors, StandardCharsets.UTF_8);
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }
}
