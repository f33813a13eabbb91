package org.madang.kiosk.station;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kiosk-app checkin-station}: the headless check-in station. (Being built: replaced by the station work.) */
@Command(name = "checkin-station", description = "Run a headless check-in station.")
public final class CheckinStationCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("The check-in station is not built yet.");
        return 3;
    }
}
