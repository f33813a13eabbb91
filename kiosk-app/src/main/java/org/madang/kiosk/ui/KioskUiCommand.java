package org.madang.kiosk.ui;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kiosk-app run}: the touchscreen app. (Being built: replaced by the UI work.) */
@Command(name = "run", description = "Start the touchscreen kiosk.")
public final class KioskUiCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("The touchscreen app is not built yet.");
        return 3;
    }
}
