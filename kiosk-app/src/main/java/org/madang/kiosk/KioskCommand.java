package org.madang.kiosk;

import org.madang.kiosk.station.CheckinStationCommand;
import org.madang.kiosk.ui.KioskUiCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar kiosk-app.jar}: the touchscreen kiosk by default, or the headless check-in
 * station with {@code checkin-station}.
 */
@Command(name = "kiosk-app", mixinStandardHelpOptions = true, versionProvider = KioskCommand.Version.class,
        subcommands = {KioskUiCommand.class, CheckinStationCommand.class},
        description = "Madang kiosk: the touchscreen app (run) or the headless check-in station (checkin-station).")
public final class KioskCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // No subcommand means the touchscreen app: that is what the kiosk session starts.
        String[] effective = args.length == 0 ? new String[] {"run"} : args;
        System.exit(new CommandLine(new KioskCommand()).execute(effective));
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
