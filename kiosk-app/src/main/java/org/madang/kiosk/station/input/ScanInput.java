package org.madang.kiosk.station.input;

import java.io.IOException;
import org.madang.kiosk.scan.ScanListener;

/** A source of scanned payloads read until its end: standard input, a serial port, a keyboard device. */
public interface ScanInput extends AutoCloseable {

    /** Reads payloads and hands each to {@code listener} until the input ends. */
    void readInto(ScanListener listener) throws IOException;

    @Override
    void close() throws IOException;
}
