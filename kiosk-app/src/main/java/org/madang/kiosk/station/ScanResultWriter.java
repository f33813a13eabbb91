package org.madang.kiosk.station;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.madang.kiosk.checkin.CheckinOutcome;

/**
 * Writes one JSON line per scan: {@code result}, {@code event}, {@code reason}, {@code token},
 * {@code seq}, {@code points}, {@code at}, {@code firstAt}, the keys always present (null when they
 * do not apply), so a consumer reads every line the same way. Each line is flushed whole.
 */
public final class ScanResultWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final OutputStream out;

    public ScanResultWriter(OutputStream out) {
        this.out = out;
    }

    /** Writes the outcome of a scan for {@code eventId}. */
    public void write(String eventId, CheckinOutcome outcome) {
        ObjectNode line = MAPPER.createObjectNode();
        // Fixed key order, result first: people read these lines too.
        line.putNull("result");
        line.putNull("reason");
        line.putNull("token");
        line.putNull("seq");
        line.putNull("points");
        line.putNull("at");
        line.putNull("firstAt");
        line.put("event", eventId);
        switch (outcome) {
            case CheckinOutcome.Accepted accepted -> {
                line.put("result", "accepted");
                line.put("seq", accepted.seq());
                line.put("points", accepted.points());
                line.put("at", accepted.at().toString());
            }
            case CheckinOutcome.Duplicate duplicate -> {
                line.put("result", "duplicate");
                line.put("firstAt", duplicate.firstAt().toString());
            }
            case CheckinOutcome.Rejected rejected -> {
                line.put("result", "rejected");
                line.put("reason", name(rejected.reason()));
                rejected.tokenReason().ifPresent(reason -> line.put("token", name(reason)));
            }
        }
        try {
            // One write per line: a reader of the file never sees two half lines interleaved.
            out.write((MAPPER.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a scan result", e);
        }
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
