package org.madang.device.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The required {@code --data-dir DIR} of the commands that work on an existing device. */
final class DataDirOption {

    @Option(names = "--data-dir", required = true, paramLabel = "DIR", descriptionKey = "data-dir")
    private Path dataDir;

    /** The directory, made absolute; fails with exit 3 if it does not exist. */
    DataDirectory existing() throws CommandFailure {
        return DataDirectory.at(dataDir).requireExisting();
    }
}
