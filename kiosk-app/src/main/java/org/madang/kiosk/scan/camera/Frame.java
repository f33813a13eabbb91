package org.madang.kiosk.scan.camera;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * One camera (or test) image.
 *
 * @param label where it came from: a file name, or the frame's number in a camera stream
 */
public record Frame(BufferedImage image, String label) {
    public Frame {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(label, "label");
    }
}
