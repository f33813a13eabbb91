package org.madang.kiosk.scan.camera;

import java.util.List;

/**
 * The commands that stream a camera as MJPEG to standard output, for {@link CommandFrameSource}.
 * 640×480 at 15 fps: enough pixels for a member card at arm's length, and a frame rate a Pi's
 * decoder keeps up with (see docs/benchmarks-camera.md).
 */
public final class CameraCommands {

    private CameraCommands() {
    }

    /** Raspberry Pi camera module (libcamera): {@code rpicam-vid}, no preview window, forever. */
    public static List<String> rpicamVid(int width, int height, int fps) {
        return List.of("rpicam-vid", "-t", "0", "-n", "--codec", "mjpeg", "--width", Integer.toString(width),
                "--height", Integer.toString(height), "--framerate", Integer.toString(fps), "-o", "-");
    }

    /**
     * A USB (UVC) camera through ffmpeg: re-encoded to MJPEG so every frame carries its Huffman
     * tables (a camera's own MJPEG often omits them and ImageIO cannot read such frames).
     */
    public static List<String> ffmpegV4l2(String device, int width, int height, int fps) {
        return List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-f", "v4l2", "-framerate",
                Integer.toString(fps), "-video_size", width + "x" + height, "-i", device, "-f", "mjpeg", "-q:v", "5", "-");
    }
}
