package org.madang.central.cli;

import org.madang.device.cli.ExitStatus;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.madang.central.content.ContentRejected;
import org.madang.central.enroll.SheetFont;
import org.madang.central.errors.CentralRefusal;
import org.madang.central.errors.StorageFailure;
import org.madang.device.profile.Language;
import picocli.CommandLine;
import org.madang.device.cli.SoftwareVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
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
// Help text (descriptions, exit-code footer) is in messages*.properties, in the environment's language.
@Command(name = "central-reference", resourceBundle = Text.BUNDLE, mixinStandardHelpOptions = true,
        versionProvider = CentralCommand.Version.class, scope = ScopeType.INHERIT, usageHelpAutoWidth = true,
        subcommands = {InitCommand.class, ServeCommand.class, EnrollCodeCommand.class, EnrollmentCommand.class, PublishCommand.class,
            IssueTokenCommand.class, ImportCommand.class, SealKeyCommand.class, ImportClosingCommand.class})
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
        int status = execute(out, err, System.getenv(), args);
        if (status != ServeCommand.KEEP_RUNNING) {
            System.exit(status);
        }
    }

    /**
     * Runs the command line without exiting; returns the exit code. {@code variables} (LC_ALL,
     * LANG) choose the language of the help; errors are always in Korean, then English.
     */
    static int execute(PrintWriter out, PrintWriter err, Map<String, String> variables, String... args) {
        return execute(out, err, variables, SheetFont.DEBIAN, args);
    }

    /** As {@link #execute(PrintWriter, PrintWriter, Map, String...)}, with the enrollment sheet's Korean font looked for in {@code fonts}. */
    static int execute(PrintWriter out, PrintWriter err, Map<String, String> variables, List<Path> fonts, String... args) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == EnrollmentCommand.class ? type.cast(new EnrollmentCommand(fonts)) : defaults.create(type);
            }
        };
        CommandLine commandLine = new CommandLine(new CentralCommand(), factory);
        commandLine.setResourceBundle(helpBundle(Language.fromEnvironment(variables)));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(CentralCommand::usageError);
        commandLine.setExecutionExceptionHandler(CentralCommand::failure);
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** Exactly this language's bundle: without no-fallback, English on a Korean machine would be Korean. */
    static ResourceBundle helpBundle(Language language) {
        return ResourceBundle.getBundle(Text.BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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

    /** What {@code --version} prints: this jar's version and the Java running it. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"central-reference " + SoftwareVersion.of(CentralCommand.class),
                "Java " + Runtime.version()};
        }
    }
}
