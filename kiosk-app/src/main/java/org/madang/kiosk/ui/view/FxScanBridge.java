package org.madang.kiosk.ui.view;

import javafx.application.Platform;
import org.madang.kiosk.scan.ScanListener;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.ui.model.KioskViewModel;

/**
 * Where scanners hand their payloads to the touchscreen: scanners call it on their own threads,
 * and it passes each scan to the view model on the JavaFX thread.
 */
public final class FxScanBridge implements ScanListener {

    private final ScanListener target;

    /** Scans to the kiosk. */
    public FxScanBridge(KioskViewModel vm) {
        this(vm::scanned);
    }

    /** Scans to {@code target}, called on the JavaFX thread (set-up mode). */
    public FxScanBridge(ScanListener target) {
        this.target = java.util.Objects.requireNonNull(target, "target");
    }

    @Override
    public void onScan(String payload, ScanSource source) {
        if (Platform.isFxApplicationThread()) {
            target.onScan(payload, source);
        } else {
            Platform.runLater(() -> target.onScan(payload, source));
        }
    }

    @Override
    public String toString() {
        return "FxScanBridge";
    }
}
