package org.madang.kiosk.setup;

import java.nio.file.Path;
import org.madang.device.cli.Provisioning;

/**
 * Sets the terminal up from an enrollment QR (scanned, or a file from a USB stick). Production is
 * {@link Provisioning}, the same steps as {@code device-config provision}; blocking, so called off
 * the UI thread.
 */
public interface Enroller {

    /** Provisions from the QR's text. */
    Provisioning.Report fromText(String qrText);

    /** Provisions from a file holding the QR's text or a picture of it. */
    Provisioning.Report fromFile(Path file);
}
