package org.madang.kiosk.station;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.madang.device.content.CheckinLimit;
import org.madang.kiosk.testing.FakeCheckinContent;
import org.madang.kiosk.testing.FakeTokenVerifier;
import picocli.CommandLine;

/**
 * A station process for crash tests: the real command, factory, journal and desk, with the fake
 * token verifier and content. Args: data dir, event id. Scans on stdin, results on stdout.
 */
public final class StationChild {

    /** Open all century, any site, once per event. */
    public static final String EVENT = "crash-test";

    private StationChild() {
    }

    public static void main(String[] args) {
        FakeCheckinContent content = new FakeCheckinContent().add(FakeCheckinContent.event(EVENT,
                CheckinLimit.ONCE_PER_EVENT, Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z")));
        StationFactory factory = new StationFactory((profile, dir) -> new FakeTokenVerifier(), (profile, dir) -> content,
                Clock.systemUTC(), Path.of("/dev"));
        System.exit(new CommandLine(new CheckinStationCommand(factory)).execute(
                "--data-dir", args[0], "--event", args[1]));
    }
}
