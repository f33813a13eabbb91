package org.madang.central.cli;

import org.madang.device.cli.ExitStatus;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.madang.central.content.ContentRejected;
import org.madang.central.errors.CentralRefusal;
import org.madang.central.errors.StorageFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code central-reference}: the reference central's command line. {@code init} makes a home,
 * {@code serve} runs the server, the rest work on the home's database directly (also while the
 * server runs: SQLite waits for the other writer).
 */
@Command(name = "central-reference", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        usageHelpAutoWidth = true,
        description = {"마당 참조 중앙 서버 / Madang reference central (Sync API v1)"},
        footer = {"", "종료 코드 / exit codes: 0 성공 ok, 1 입력 오류·거부 invalid input or refused, 2 사용법 usage,"
                + " 3 환경(홈·데이터베이스·포트·파일) environment (home, database, port, file)"},
        subcommands = {InitCommand.class, ServeCommand.class, EnrollCodeCommand.class, PublishCommand.class,
            IssueTokenCommand.class, ImportCommand.class})
public final class CentralCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        // Named here rather than shipped as logback.xml: the shaded jar must not pick up another module's.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-central-reference.xml");
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = execute(out, err, args);
        if (status != ServeCommand.KEEP_RUNNING) {
            System.exit(status);
        }
    }

    /** Runs the command line without exiting; returns the exit code. */
    static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new CentralCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(CentralCommand::usageError);
        commandLine.setExecutionExceptionHandler(CentralCommand::failure);
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required");
    }

    private static int usageError(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        Bilingual.print(err, List.of(Text.of("error.usage", e.getMessage())));
        e.getCommandLine().usage(err);
        return ExitStatus.USAGE.code();
    }

    private static int failure(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        switch (e) {
            case CommandFailure failure -> {
                Bilingual.print(err, failure.lines());
                return failure.status().code();
            }
            case CentralRefusal refusal -> {
                Bilingual.print(err, List.of(Text.of("error.refused", refusal.code(), refusal.getMessage())));
                return ExitStatus.CHECK_FAILED.code();
            }
            case ContentRejected rejected -> {
                Bilingual.print(err, List.of(Text.of("error.input", rejected.getMessage())));
                return ExitStatus.CHECK_FAILED.code();
            }
            case StorageFailure storage -> {
                Bilingual.print(err, List.of(Text.of("error.database", storage.getMessage())));
                return ExitStatus.ENVIRONMENT.code();
            }
            case IllegalArgumentException invalid -> {
                Bilingual.print(err, List.of(Text.of("error.input", invalid.getMessage())));
                return ExitStatus.CHECK_FAILED.code();
            }
            default -> {
                Bilingual.print(err, List.of(Text.of("error.internal", e.toString())));
                e.printStackTrace(err);
                err.flush();
                return ExitStatus.CHECK_FAILED.code();
            }
        }
    }
}
