package org.madang.central.cli;

import org.madang.device.cli.ExitStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.madang.central.Central;
import org.madang.central.CentralHome;
import org.madang.central.errors.StorageFailure;

/** Opens the home and the central for a subcommand, turning failures into exit 3. */
final class Homes {

    private Homes() {
    }

    static CentralHome open(Path dir) throws CommandFailure {
        try {
            return CentralHome.open(dir);
        } catch (IOException e) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.home", e.getMessage()));
        }
    }

    static Central central(Path dir, Optional<String> jdbcUrl) throws CommandFailure {
        CentralHome home = open(dir);
        try {
            return Central.open(home, jdbcUrl, Clock.systemUTC());
        } catch (StorageFailure | IllegalArgumentException e) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.database", e.getMessage()));
        }
    }
}
