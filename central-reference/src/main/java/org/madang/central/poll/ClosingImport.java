package org.madang.central.poll;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.madang.central.content.PublishedContent;
import org.madang.central.derived.Derived;
import org.madang.central.derived.RecordBodies;
import org.madang.central.store.DeviceRow;
import org.madang.central.store.Devices;
import org.madang.central.store.Records;
import org.madang.journal.JournalRecord;

/**
 * The fallback transfer of a closing sheet: its QR text, decoded, verified with the registered key
 * of the device that signed it, stored (once per device and poll; the same sheet again stores
 * nothing) and compared with what that device synced.
 */
public final class ClosingImport {

    /** The source recorded with a sheet that came as a QR text. */
    public static final String SOURCE_QR = "qr";

    private final PublishedContent content;

    public ClosingImport(PublishedContent content) {
        this.content = content;
    }

    /**
     * Imports a QR text in the caller's transaction.
     *
     * @return {@code {"stored", "deviceId", "pollId", "recordId", "closedAt", "closedBy", "match", "differences"}}
     * @throws ClosingRefused when the text is not a closing sheet of an enrolled device, or is forged or altered
     */
    public ObjectNode importText(Connection c, String text, Instant now) throws SQLException {
        JournalRecord record = ClosingQr.decode(text);
        DeviceRow device = Devices.findByKeyId(c, record.keyId())
                .orElseThrow(() -> new ClosingRefused(ClosingRefused.Reason.UNKNOWN_DEVICE, record.keyId()));
        ClosingQr.verify(record, device.deviceId(), device.key());
        // decode() let only vote.close records through: the body reads as a PollClose or as Malformed.
        Derived read = RecordBodies.read(record);
        if (!(read instanceof Derived.PollClose close)) {
            throw new ClosingRefused(ClosingRefused.Reason.MALFORMED_BODY, ((Derived.Malformed) read).detail());
        }
        Optional<String> storedHash = storedHash(c, record.id());
        if (storedHash.isPresent() && !storedHash.get().equals(record.hash().hex())) {
            throw new ClosingRefused(ClosingRefused.Reason.CONFLICT, device.deviceId(), close.poll(), record.id());
        }
        boolean stored = Records.insertClosing(c, device.deviceId(), record, close.poll(), SOURCE_QR, now.toEpochMilli());
        if (!stored) {
            String existing = existingClosing(c, device.deviceId(), close.poll());
            if (!existing.equals(record.id())) {
                throw new ClosingRefused(ClosingRefused.Reason.CONFLICT, device.deviceId(), close.poll(), existing);
            }
        }
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("stored", stored);
        answer.put("deviceId", device.deviceId());
        answer.put("pollId", close.poll());
        answer.put("recordId", record.id());
        answer.put("closedAt", close.closedAt());
        answer.put("closedBy", close.closedBy());
        answer.setAll(ClosingCheck.compare(close, ClosingCheck.synced(c, close.poll(), device.deviceId()),
                content.poll(c, close.poll())));
        return answer;
    }

    private static Optional<String> storedHash(Connection c, String recordId) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("SELECT hash FROM records WHERE id = ?")) {
            statement.setString(1, recordId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static String existingClosing(Connection c, String deviceId, String pollId) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(
                "SELECT record_id FROM poll_closings WHERE device_id = ? AND poll_id = ?")) {
            statement.setString(1, deviceId);
            statement.setString(2, pollId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
