package org.madang.kiosk.ui.view.setup;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.madang.kiosk.setup.ProfileAdminPin;
import org.madang.kiosk.setup.SetupFixtures;
import org.madang.kiosk.setup.TerminalChecks;
import org.madang.kiosk.setup.UsbEnrollmentFiles;
import org.madang.kiosk.ui.model.setup.SetupViewModel;
import org.madang.kiosk.ui.testing.ManualScheduler;
import org.madang.kiosk.ui.testing.SameThreadBackground;
import org.madang.kiosk.ui.view.LayoutChecks;
import org.madang.kiosk.ui.view.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The set-up screen's test parts: its view model on real provisioning, and a checked screenshot. */
final class SetupScreens {

    private SetupScreens() {
    }

    /**
     * Set-up on {@code dataDir}: the real provisioning (the central is not there, so it queues), a
     * synced clock, GPIO that opens, no network.
     */
    static SetupViewModel viewModel(Path dataDir, Path usb, ManualScheduler scheduler, boolean camera, Runnable start) {
        return viewModel(dataDir, usb, scheduler, camera, start, (url, pinned) -> TerminalChecks.CentralProbe.Reach.UNREACHABLE);
    }

    /** {@link #viewModel(Path, Path, ManualScheduler, boolean, Runnable)} with the central as {@code central} finds it. */
    static SetupViewModel viewModel(Path dataDir, Path usb, ManualScheduler scheduler, boolean camera, Runnable start,
            TerminalChecks.CentralProbe central) {
        TerminalChecks checks = new TerminalChecks(dataDir, SetupFixtures.CLOCK, now -> true, (p, d) -> Optional.empty(),
                central);
        return new SetupViewModel(dataDir, SetupFixtures.enroller(dataDir), new UsbEnrollmentFiles(List.of(usb)), checks,
                new ProfileAdminPin(dataDir, new SecureRandom()), new SameThreadBackground(), scheduler, camera, start);
    }

    /** Resizes the window, saves {@code name}.png and returns the layout problems. */
    static List<String> photograph(FxRobot robot, Stage stage, String name, int width, int height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            stage.getScene().getRoot().resize(width, height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<List<String>> problems = new java.util.ArrayList<>();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            Snapshots.save(stage.getScene(), name);
            problems.add(new LayoutChecks().inspect(stage.getScene().getRoot(), name, Math.min(width, height) / 480.0));
        });
        return problems.getFirst();
    }
}
