package org.madang.device.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.madang.device.profile.ProfileName;
import org.madang.device.profile.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code device-config}: sets up a device's identity and checks it. Staff run it at installation
 * ({@code init}) and when something looks wrong ({@code show}, {@code selftest},
 * {@code journal-verify}); support runs {@code bench-journal} on new hardware.
 */
@Command(name = "device-config", resourceBundle = Messages.BUNDLE, mixinStandardHelpOptions = true,
        versionProvider = DeviceConfigCommand.Version.class, usageHelpAutoWidth = true,
        // Help, version, bundle and width are inherited by every subcommand.
        scope = ScopeType.INHERIT,
        subcommands = {InitCommand.class, ShowCommand.class, ValidateCommand.class, JournalVerifyCommand.class,
            SelftestCommand.class, BenchJournalCommand.class, ContentInstallCommand.class, TrustKeyCommand.class, TrustCaCommand.class, DemoKitCommand.class,
            ProvisionCommand.class, ResetCommand.class})
public final class DeviceConfigCommand implements Callable<Integer> {

    private static final char UNDECODABLE = '\uFFFD';

    private final Environment environment;

    @Spec
    private CommandSpec spec;

    DeviceConfigCommand(Environment environment) {
        this.environment = environment;
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        // device-config's logging (warnings only, to stderr) is named here rather than shipped as
        // the class path's logback.xml: device-config is also a library inside the kiosk's jar.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-device-config.xml");
        }
        System.exit(execute(Environment.system(), args));
    }

    /** Runs the command line against an environment and returns the exit code, without exiting. */
    static int execute(Environment environment, String... args) {
        Optional<String> garbled = Arrays.stream(args).filter(arg -> arg.indexOf(UNDECODABLE) >= 0).findFirst();
        if (garbled.isPresent()) {
            // The JVM decodes argv with the locale's charset; under LANG=C a Korean site name
            // arrives as U+FFFD and would be written into the profile as such.
            Bilingual.print(environment.err(), List.of(Text.of("error.arguments.encoding", garbled.get(),
                    System.getProperty("sun.jnu.encoding", "?"))));
            return ExitStatus.ENVIRONMENT.code();
        }
        CommandLine commandLine = new CommandLine(new DeviceConfigCommand(environment));
        // Help is worded before the options are parsed, so --lang is looked for by hand here.
        Language language = languageArgument(args).orElse(Language.fromEnvironment(environment.variables()));
        commandLine.setResourceBundle(Messages.bundle(language));
        commandLine.setOut(environment.out());
        commandLine.setErr(environment.err());
        commandLine.setParameterExceptionHandler(DeviceConfigCommand::usageError);
        commandLine.setExecutionExceptionHandler(DeviceConfigCommand::failure);
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

    private static Optional<Language> languageArgument(String[] args) {
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            String value = arg.startsWith("--lang=") ? arg.substring("--lang=".length())
                    : arg.equals("--lang") && i + 1 < list.size() ? list.get(i + 1) : null;
            if (value != null) {
                return ProfileName.find(Language.class, value.toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        Bilingual.print(err, List.of(Text.of("error.usage", e.getMessage())));
        command.usage(err);
        return ExitStatus.USAGE.code();
    }

    private static int failure(Exception e, CommandLine command, ParseResult parseResult) {
        if (e instanceof CommandFailure failure) {
            Bilingual.print(command.getErr(), failure);
            return failure.status().code();
        }
        // A bug: say so in both languages and give support the stack trace.
        Bilingual.print(command.getErr(), List.of(Text.of("error.internal", e.toString())));
        e.printStackTrace(command.getErr());
        command.getErr().flush();
        return ExitStatus.CHECK_FAILED.code();
    }

    /** The version for {@code --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"device-config " + SoftwareVersion.current(), "Java " + Runtime.version()};
        }
    }
}
