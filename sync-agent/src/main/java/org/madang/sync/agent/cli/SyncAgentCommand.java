package org.madang.sync.agent.cli;

import org.madang.device.cli.ExitStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.madang.device.profile.Language;
import org.madang.sync.agent.device.AgentSetupException;
import org.madang.sync.agent.device.SoftwareVersion;
import org.madang.sync.agent.text.Messages;
import org.madang.sync.agent.text.Text;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code sync-agent}: the device's uploader, its own process beside the kiosk. {@code run} is the
 * service; {@code once}, {@code status}, {@code export} and {@code enroll} are for staff.
 */
@Command(name = "sync-agent", resourceBundle = Messages.BUNDLE, mixinStandardHelpOptions = true,
        versionProvider = SyncAgentCommand.Version.class, usageHelpAutoWidth = true, scope = ScopeType.INHERIT,
        subcommands = {RunCommand.class, OnceCommand.class, StatusCommand.class, ExportCommand.class,
            EnrollCommand.class})
public final class SyncAgentCommand implements Callable<Integer> {

    private final Environment environment;

    @Spec
    private CommandSpec spec;

    SyncAgentCommand(Environment environment) {
        this.environment = environment;
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(execute(Environment.system(), args));
    }

    /** Runs the command line against an environment and returns the exit code. */
    static int execute(Environment environment, String... args) {
        CommandLine commandLine = new CommandLine(new SyncAgentCommand(environment));
        commandLine.setResourceBundle(Messages.of(Language.fromEnvironment(environment.variables())).bundle());
        commandLine.setOut(environment.out());
        commandLine.setErr(environment.err());
        commandLine.setParameterExceptionHandler(SyncAgentCommand::usageError);
        commandLine.setExecutionExceptionHandler(SyncAgentCommand::failure);
        int status = commandLine.execute(args);
        environment.out().flush();
        environment.err().flush();
        return status;
    }

    Environment environment() {
        return environment;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required");
    }

    private static int usageError(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        Bilingual.print(err, Text.of("error.usage", e.getMessage()));
        e.getCommandLine().usage(err);
        return ExitStatus.USAGE.code();
    }

    private static int failure(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (e instanceof CommandFailure failure) {
            Bilingual.print(err, failure.lines());
            return failure.status().code();
        }
        if (e instanceof AgentSetupException setup) {
            Bilingual.print(err, List.of(setup.text()));
            return ExitStatus.ENVIRONMENT.code();
        }
        Bilingual.print(err, Text.of("error.internal", e.toString()));
        e.printStackTrace(err);
        err.flush();
        return ExitStatus.CHECK_FAILED.code();
    }

    /** The version for {@code --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sync-agent " + SoftwareVersion.current(), "Java " + Runtime.version()};
        }
    }
}
