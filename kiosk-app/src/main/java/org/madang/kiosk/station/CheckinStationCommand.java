package org.madang.kiosk.station;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.madang.kiosk.station.input.ScanInput;
import org.madang.kiosk.station.input.ScanInputs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kiosk-app checkin-station}: the headless check-in station. One scanned payload per input
 * line, one JSON result line per scan on stdout (after the durable append), light and sound
 * through the profile's peripherals, logs on stderr.
 */
@Command(name = "checkin-station", mixinStandardHelpOptions = true)
public final class CheckinStationCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(CheckinStationCommand.class);

    @Option(names = "--data-dir", required = true, paramLabel = "DIR",
            descriptionKey = "station.data-dir")
    Path dataDir;

    @Option(names = "--event", required = true, paramLabel = "EVENT_ID", descriptionKey = "station.event")
    String eventId;

    @Option(names = "--input", defaultValue = ScanInputs.STDIN, paramLabel = "stdin|/dev/ttyACM0|/dev/input/eventN",
            descriptionKey = "station.input")
    String input;

    private final StationFactory factory;

    /** The command as {@code kiosk-app} runs it. */
    public CheckinStationCommand() {
        this(StationFactory.forDevice());
    }

    /** The command with the parts a factory builds (the real ones, or fakes in tests). */
    public CheckinStationCommand(StationFactory factory) {
        this.factory = factory;
    }

    @Override
    public Integer call() throws InterruptedException {
        // Straight to the file descriptor: one write per result line, no buffer to lose at a kill.
        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
        try (OpenStation station = factory.open(dataDir, eventId, stdout)) {
            try (ScanInput scans = open()) {
                long handled = station.station().run(scans);
                log.info("input ended after {} scans", handled);
                return 0;
            } catch (IOException e) {
                throw StationStartException.of(StationStartException.ENVIRONMENT, "station.error.input",
                        List.of(input, String.valueOf(e.getMessage())), e);
            }
        } catch (StationStartException e) {
            log.debug("station stopped", e);
            PrintStream err = System.err;
            err.println(e.userMessage(Locale.KOREAN));
            err.println(e.userMessage(Locale.ROOT));
            return e.exitCode();
        }
    }

    private ScanInput open() throws IOException {
        return ScanInputs.open(input, System.in);
    }
}
