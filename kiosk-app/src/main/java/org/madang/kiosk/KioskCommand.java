package org.madang.kiosk;

import java.util.ResourceBundle;
import org.madang.device.profile.Language;
import org.madang.kiosk.station.CheckinStationCommand;
import org.madang.kiosk.ui.KioskUiCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar kiosk-app.jar}: the touchscreen kiosk by default, or the headless check-in
 * station with {@code checkin-station}.
 */
@Command(name = "kiosk-app", mixinStandardHelpOptions = true, versionProvider = KioskCommand.Version.class,
        subcommands = {KioskUiCommand.class, CheckinStationCommand.class}, scope = CommandLine.ScopeType.INHERIT)
public final class KioskCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Help texts, Korean and English (org/madang/kiosk/help*.properties). */
    static final String HELP_BUNDLE = "org.madang.kiosk.help";

    public static void main(String[] args) {
        // No subcommand means the touchscreen app: that is what the kiosk session starts.
        String[] effective = args.length == 0 ? new String[] {"run"} : args;
        System.exit(commandLine(Language.fromEnvironment(System.getenv())).execute(effective));
    }

    /** The command line with its help in {@code language} (staff read --help on the device). */
    static CommandLine commandLine(Language language) {
        CommandLine commandLine = new CommandLine(new KioskCommand());
        // Exactly this language's bundle: without no-fallback, English on a Korean machine would be Korean.
        commandLine.setResourceBundle(ResourceBundle.getBundle(HELP_BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = KioskCommand.class.getPackage().getImplementationVersion();
            return new String[] {"kiosk-app " + (version == null ? "development build" : version)};
        }
    }
}
