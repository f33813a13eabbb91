package org.madang.central.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.madang.central.Central;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enroll-code}: a one-time enrollment code for a site; prints the code. */
@Command(name = "enroll-code", description = "일회용 등록 코드를 만듭니다 / create a one-time enrollment code")
final class EnrollCodeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", required = true, description = "홈 디렉터리 / home directory")
    private Path dir;

    @Option(names = "--site-code", required = true, description = "10자리 행정동코드 / 10-digit dong code")
    private String siteCode;

    @Option(names = "--roles", required = true, split = ",", description = "checkin,vote,survey")
    private List<String> roles;

    @Option(names = "--valid-hours", defaultValue = "24", description = "유효 시간 / hours valid (default ${DEFAULT-VALUE})")
    private int validHours;

    @Option(names = "--db", description = "데이터베이스 JDBC 주소 / database JDBC URL")
    private String db;

    @Override
    public Integer call() throws CommandFailure {
        try (Central central = Homes.central(dir, Optional.ofNullable(db))) {
            String code = central.createEnrollmentCode(siteCode, new LinkedHashSet<>(roles), Duration.ofHours(validHours));
            spec.commandLine().getOut().println(code);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
