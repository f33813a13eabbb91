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

    HttpOptions http() {
        return new HttpOptions(connectTimeout, responseTimeout);
    }
}
