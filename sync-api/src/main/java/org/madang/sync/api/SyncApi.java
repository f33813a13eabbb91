package org.madang.sync.api;

/**
 * Paths, headers and limits of Sync API v1 (docs/decisions/0010-sync-api-v1.md; the OpenAPI
 * document is {@code openapi.yaml} beside this class).
 */
public final class SyncApi {

    /** Enrol a device with a one-time code (signed by the key being enrolled). */
    public static final String ENROLLMENTS = "/api/v1/enrollments";
    /** Upload journal records. */
    public static final String RECORDS = "/api/v1/records";
    /** Download the current signed content bundle. */
    public static final String CONTENT = "/api/v1/content";
    /** The central's clock (unsigned). */
    public static final String TIME = "/api/v1/time";
    /** Device health report. */
    public static final String HEARTBEAT = "/api/v1/heartbeat";

    /** Largest compressed upload body the central reads. */
    public static final int MAX_UPLOAD_BYTES = 1024 * 1024;
    /** Largest uncompressed upload body the central inflates (a gzip bomb stops here). */
    public static final int MAX_INFLATED_BYTES = 64 * 1024 * 1024;

    /** Media type of a content bundle (a compact JWS). */
    public static final String JOSE_MEDIA_TYPE = "application/jose";
    /** Media type of errors (RFC 9457). */
    public static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

    /** Where the OpenAPI document is on the class path. */
    public static final String OPENAPI_RESOURCE = "/org/madang/sync/api/openapi.yaml";

    private SyncApi() {
    }
}
