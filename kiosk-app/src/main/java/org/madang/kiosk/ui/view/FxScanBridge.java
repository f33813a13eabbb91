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

    private final KioskViewModel vm;

    public FxScanBridge(KioskViewModel vm) {
        this.vm = vm;
    }

    @Override
    public void onScan(String payload, ScanSource source) {
        if (Platform.isFxApplicationThread()) {
            vm.scanned(payload, source);
        } else {
            Platform.runLater(() -> vm.scanned(payload, source));
        }
    }

    @Override
    public String toString() {
        return "FxScanBridge";
    }
}
