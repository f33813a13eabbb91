package org.madang.kiosk.scan.serial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** A pseudo-terminal pair made by socat, standing in for a USB serial scanner in tests. */
public final class PtyPair {

    private PtyPair() {
    }

    /**
     * Starts {@code socat} linking two ptys at {@code scannerEnd} and {@code deviceEnd} and returns
     * once both links exist; fails the test (never skips it) when socat is not installed.
     */
    public static Process start(Path scannerEnd, Path deviceEnd) throws IOException, InterruptedException {
        Process socat;
        try {
            socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + scannerEnd, "pty,raw,echo=0,link=" + deviceEnd)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException("socat is needed to stand in for a serial scanner: apt-get install socat", e);
        }
        Instant deadline = Instant.now().plusSeconds(10);
        while (!(Files.exists(scannerEnd) && Files.exists(deviceEnd))) {
            if (Instant.now().isAfter(deadline) || !socat.isAlive()) {
                socat.destroyForcibly();
                throw new IOException("socat did not make " + scannerEnd + " and " + deviceEnd + " within 10 s");
            }
            Thread.sleep(5);
        }
        return socat;
    }
}
