package org.madang.kiosk.scan.camera;

/**
 * Told whether a camera is delivering frames, so the screen can say when it is not. Called on the
 * camera's frame thread; implementations hand over to their own thread and return at once.
 */
public interface CameraWatcher {

    /** Frames are arriving (reported at most once per heartbeat interval, not per frame). */
    void alive();

    /** The source ended or failed for good; no more frames will come. */
    void ended();
}
