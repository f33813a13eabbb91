package org.madang.sync.agent.central;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The central's answer, read completely.
 *
 * @param status the HTTP status
 * @param headers the first value of each header, by lower-case name
 * @param body the body (empty when none)
 */
public record Answer(int status, Map<String, String> headers, byte[] body) {

    public Answer {
        headers = Map.copyOf(headers);
    }

    /** A header's value by name, whatever its case. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
}
