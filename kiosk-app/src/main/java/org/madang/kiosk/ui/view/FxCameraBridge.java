package org.madang.kiosk.ui.view;

import javafx.application.Platform;
import org.madang.kiosk.scan.camera.CameraWatcher;
import org.madang.kiosk.ui.model.CameraViewModel;

/** Hands the camera's heartbeats and its end from the camera's thread to the view model on the JavaFX thread. */
public final class FxCameraBridge implements CameraWatcher {

    private final CameraViewModel camera;

    public FxCameraBridge(CameraViewModel camera) {
        this.camera = camera;
    }

    @Override
    public void alive() {
        Platform.runLater(camera::alive);
    }

    @Override
    public void ended() {
        Platform.runLater(camera::ended);
    }
}
