package org.madang.sync.agent.cli;

import java.time.Duration;
import org.madang.sync.agent.http.HttpOptions;
import picocli.CommandLine.Option;

/** The timeouts of commands that talk to the central. */
final class NetworkOptions {

    @Option(names = "--connect-timeout", paramLabel = "DURATION", defaultValue = "5s",
            converter = DurationConverter.class, descriptionKey = "connect-timeout")
    Duration connectTimeout;

    @Option(names = "--response-timeout", paramLabel = "DURATION", defaultValue = "30s",
            converter = DurationConverter.class, descriptionKey = "response-timeout")
    Duration responseTimeout;

    @Option(names = "--no-connection-reuse", negatable = false, descriptionKey = "no-connection-reuse")
    boolean noConnectionReuse;

    @Option(names = "--batch-records", paramLabel = "N", defaultValue = "2000", descriptionKey = "batch-records")
    int batchRecords;

    HttpOptions http() {
        return new HttpOptions(connectTimeout, responseTimeout, !noConnectionReuse);
    }

    /** Records per upload at most (each body also stays within 1 MiB compressed). */
    int batchRecords() {
        if (batchRecords < 1 || batchRecords > 100_000) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--batch-records must be between 1 and 100000, got " + batchRecords);
        }
        return batchRecords;
    }
}
