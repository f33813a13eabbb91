package org.madang.central.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.LinkOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import org.madang.central.Central;
import org.madang.central.CentralHome;
import org.madang.central.enroll.EnrollmentSheet;
import org.madang.central.enroll.Enrollments;
import org.madang.central.enroll.SheetFont;
import org.madang.device.cli.ExitStatus;
import org.madang.journal.chain.Sha256;
import org.madang.sync.api.enroll.CentralUrls;
import org.madang.sync.api.enroll.EnrollmentTicket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code enrollment}: a one-time enrollment code for a site as an enrollment QR (text, PNG, a
 * printable A4 PDF and a printable HTML page in {@code --out}), with the central key's fingerprint
 * for staff to compare. The Korean font is checked before the code is issued, and the four files
 * appear together or not at all.
 * stdout is the QR text alone (for scripts: {@code device-config provision --enrollment "$(…)"});
 * what staff read goes to stderr in Korean, then English.
 */
@Command(name = "enrollment")
final class EnrollmentCommand implements Callable<Integer> {


    /** Where to look for the PDF's Korean font: Debian's paths, or a test's. */
    private final List<Path> fonts;

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", required = true, descriptionKey = "dir")
    private Path dir;

    @Option(names = "--db", descriptionKey = "db")
    private String db;

    @Option(names = "--url", required = true, descriptionKey = "url")
    private String url;

    @Option(names = "--site-code", required = true, descriptionKey = "site-code")
    private String siteCode;

    @Option(names = "--site-name", required = true, descriptionKey = "site-name")
    private String siteName;

    @Option(names = "--roles", required = true, split = ",", descriptionKey = "roles")
    private List<String> roles;

    @Option(names = "--valid-for", defaultValue = "24h", descriptionKey = "valid-for")
    private String validFor;

    @Option(names = "--out", required = true, descriptionKey = "out")
    private Path out;

    EnrollmentCommand() {
        this(SheetFont.DEBIAN);
    }

    EnrollmentCommand(List<Path> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    @Override
    public Integer call() throws CommandFailure {
        URI central = centralUrl();
        Duration validity = ValidFor.parse(validFor);
        if (!Files.isDirectory(out)) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.enrollment.out", out.toAbsolutePath()));
        }
        String name = siteName.strip();
        if (name.isEmpty() || name.length() > 40) {
            throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.enrollment.site-name", siteName));
        }
        try (SheetFont font = font(); Central home = Homes.central(dir, Optional.ofNullable(db))) {
            CentralHome keys = home.home();
            Enrollments.Issued issued = home.issueEnrollmentCode(siteCode, new LinkedHashSet<>(roles), validity);
            EnrollmentTicket ticket = new EnrollmentTicket(central, issued.code(), keys.signingKeyId(),
                    keys.signingKey().publicKey(), issued.siteCode(), name, issued.roles(), issued.expiresAt());
            EnrollmentSheet sheet = new EnrollmentSheet(ticket);
            // Named by a hash of the code, not the code: a file listing must not give part of it away.
            String base = "enrollment-" + issued.siteCode() + "-" + Sha256.digest(issued.code()).hex().substring(0, 8);
            byte[] pdf;
            try {
                pdf = sheet.pdf(font);
            } catch (IOException e) {
                throw new CommandFailure(ExitStatus.ENVIRONMENT, List.of(Text.of("error.enrollment.font-broken",
                        font.file() + ": " + e.getMessage(), SheetFont.DEBIAN_PACKAGE)), e);
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put(base + ".png", sheet.png());
            files.put(base + ".pdf", pdf);
            files.put(base + ".html", sheet.html().getBytes(StandardCharsets.UTF_8));
            files.put(base + ".txt", (sheet.text() + "\n").getBytes(StandardCharsets.US_ASCII));
            List<Path> written = writeAll(files);
            spec.commandLine().getOut().println(sheet.text());
            spec.commandLine().getOut().flush();
            Bilingual.print(spec.commandLine().getErr(), List.of(
                    Text.of("enrollment.done", issued.code(), name, issued.siteCode(), String.join(",", issued.roles()),
                            issued.expiresAt().toString()),
                    Text.of("enrollment.fingerprint", keys.signingKeyId(), ticket.fingerprint()),
                    Text.of("enrollment.files", written.toArray())));
            return 0;
        }
    }

    /** The Korean font, opened before a code is issued: without it the command stops with nothing done. */
    private SheetFont font() throws CommandFailure {
        try {
            return SheetFont.open(fonts).orElseThrow(() -> new CommandFailure(ExitStatus.ENVIRONMENT,
                    Text.of("error.enrollment.font", fonts.stream().map(Path::toString).collect(Collectors.joining(", ")),
                            SheetFont.DEBIAN_PACKAGE)));
        } catch (IOException e) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, List.of(Text.of("error.enrollment.font-broken",
                    e.getMessage(), SheetFont.DEBIAN_PACKAGE)), e);
        }
    }

    private URI centralUrl() throws CommandFailure {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.enrollment.url", url));
        }
        if (!CentralUrls.isAllowed(uri) || uri.getRawQuery() != null || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.enrollment.url", url));
        }
        String text = uri.toString();
        return text.endsWith("/") ? uri : URI.create(text + "/");
    }

    /**
     * Writes each file under a hidden temporary name in {@code --out}, then moves them all to their
     * names; if anything fails, removes what it wrote, so staff never find a partial set (a PNG
     * without its PDF) to print. A file of the same name is never replaced.
     */
    private List<Path> writeAll(Map<String, byte[]> files) throws CommandFailure {
        Map<Path, Path> pending = new LinkedHashMap<>();
        List<Path> done = new ArrayList<>();
        Path current = out;
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                current = out.resolve(file.getKey());
                if (Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(current.toString());
                }
                Path temporary = Files.createTempFile(out, "." + file.getKey() + ".", ".part");
                pending.put(temporary, current);
                Files.write(temporary, file.getValue(), StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            }
            for (Map.Entry<Path, Path> move : pending.entrySet()) {
                current = move.getValue();
                // No REPLACE_EXISTING: a file that appeared meanwhile is refused, not overwritten.
                Files.move(move.getKey(), current);
                done.add(current);
            }
            return done.stream().map(Path::toAbsolutePath).toList();
        } catch (FileAlreadyExistsException e) {
            removeQuietly(pending.keySet(), done);
            throw new CommandFailure(ExitStatus.CHECK_FAILED, List.of(Text.of("error.enrollment.exists",
                    current.toAbsolutePath())), e);
        } catch (IOException e) {
            removeQuietly(pending.keySet(), done);
            throw new CommandFailure(ExitStatus.ENVIRONMENT, List.of(Text.of("error.enrollment.write",
                    current.toAbsolutePath(), String.valueOf(e.getMessage()))), e);
        }
    }

    private static void removeQuietly(Collection<Path> temporaries, List<Path> moved) {
        for (Path file : Stream.concat(temporaries.stream(), moved.stream()).toList()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Already failing: the error names the file that failed; a leftover .part file is harmless.
            }
        }
    }
}
