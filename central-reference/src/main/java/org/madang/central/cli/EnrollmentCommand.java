package org.madang.central.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.madang.central.Central;
import org.madang.central.CentralHome;
import org.madang.central.enroll.EnrollmentSheet;
import org.madang.central.enroll.Enrollments;
import org.madang.device.cli.ExitStatus;
import org.madang.journal.chain.Sha256;
import org.madang.sync.api.enroll.CentralUrls;
import org.madang.sync.api.enroll.EnrollmentTicket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code enrollment}: a one-time enrollment code for a site as an enrollment QR (text, PNG and a
 * printable page in {@code --out}), with the central key's fingerprint for staff to compare.
 * stdout is the QR text alone (for scripts: {@code device-config provision --enrollment "$(…)"});
 * what staff read goes to stderr in Korean, then English.
 */
@Command(name = "enrollment")
final class EnrollmentCommand implements Callable<Integer> {

    private static final Pattern DURATION = Pattern.compile("([1-9][0-9]{0,5})([mhd])");

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

    @Override
    public Integer call() throws CommandFailure {
        URI central = centralUrl();
        Duration validity = validity();
        if (!Files.isDirectory(out)) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.enrollment.out", out.toAbsolutePath()));
        }
        String name = siteName.strip();
        if (name.isEmpty() || name.length() > 40) {
            throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.enrollment.site-name", siteName));
        }
        try (Central home = Homes.central(dir, Optional.ofNullable(db))) {
            CentralHome keys = home.home();
            Enrollments.Issued issued = home.issueEnrollmentCode(siteCode, new LinkedHashSet<>(roles), validity);
            EnrollmentTicket ticket = new EnrollmentTicket(central, issued.code(), keys.signingKeyId(),
                    keys.signingKey().publicKey(), issued.siteCode(), name, issued.roles(), issued.expiresAt());
            EnrollmentSheet sheet = new EnrollmentSheet(ticket);
            // Named by a hash of the code, not the code: a file listing must not give part of it away.
            String base = "enrollment-" + issued.siteCode() + "-" + Sha256.digest(issued.code()).hex().substring(0, 8);
            Path png = writeNew(out.resolve(base + ".png"), sheet.png());
            Path html = writeNew(out.resolve(base + ".html"), sheet.html().getBytes(StandardCharsets.UTF_8));
            Path txt = writeNew(out.resolve(base + ".txt"), (sheet.text() + "\n").getBytes(StandardCharsets.US_ASCII));
            spec.commandLine().getOut().println(sheet.text());
            spec.commandLine().getOut().flush();
            Bilingual.print(spec.commandLine().getErr(), List.of(
                    Text.of("enrollment.done", issued.code(), name, issued.siteCode(), String.join(",", issued.roles()),
                            issued.expiresAt().toString()),
                    Text.of("enrollment.fingerprint", keys.signingKeyId(), ticket.fingerprint()),
                    Text.of("enrollment.files", png, html, txt)));
            return 0;
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

    private Duration validity() throws CommandFailure {
        Matcher matcher = DURATION.matcher(validFor.strip());
        if (!matcher.matches()) {
            throw new CommandFailure(ExitStatus.USAGE, Text.of("error.enrollment.valid-for", validFor));
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    private static Path writeNew(Path file, byte[] bytes) throws CommandFailure {
        try {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return file.toAbsolutePath();
        } catch (FileAlreadyExistsException e) {
            throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.enrollment.exists", file.toAbsolutePath()));
        } catch (IOException e) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.file", file.toAbsolutePath(), e.getMessage()));
        }
    }
}
