package org.madang.sync.api.export;

import java.util.Objects;

/**
 * The first line of a USB export: whose records these are and which.
 *
 * @param publicKey the device's raw Ed25519 public key, base64url (a JWK's {@code x})
 * @param firstSeq always 1: an export is the complete journal
 * @param lastSeq the newest record in the file (0 for an empty journal)
 * @param createdAt ISO-8601 UTC time of the export
 */
public record ExportManifest(String format, int version, String deviceId, String siteCode, String journalId,
        String keyId, String publicKey, long firstSeq, long lastSeq, String createdAt) {

    /** The {@code format} value. */
    public static final String FORMAT = "madang-export";
    /** The {@code version} this software writes and reads. */
    public static final int VERSION = 1;

    public ExportManifest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(siteCode, "siteCode");
        Objects.requireNonNull(journalId, "journalId");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A manifest of the current format for records 1…lastSeq. */
    public static ExportManifest of(String deviceId, String siteCode, String journalId, String keyId, String publicKey,
            long lastSeq, String createdAt) {
        return new ExportManifest(FORMAT, VERSION, deviceId, siteCode, journalId, keyId, publicKey,
                lastSeq == 0 ? 0 : 1, lastSeq, createdAt);
    }
}
