package org.madang.central.http;

import io.javalin.http.HandlerType;
import java.util.List;
import org.madang.sync.api.SyncApi;

/**
 * Every route the central serves, in one place: the server registers exactly these, and a test
 * compares the device routes with the OpenAPI document's paths.
 */
public final class Routes {

    /** Enrol a device (signed by the key being enrolled). */
    public static final Route ENROLL = new Route(HandlerType.POST, SyncApi.ENROLLMENTS);
    /** Upload records. */
    public static final Route RECORDS = new Route(HandlerType.POST, SyncApi.RECORDS);
    /** Download the content bundle. */
    public static final Route CONTENT = new Route(HandlerType.GET, SyncApi.CONTENT);
    /** The central's clock (unsigned). */
    public static final Route TIME = new Route(HandlerType.GET, SyncApi.TIME);
    /** Device health. */
    public static final Route HEARTBEAT = new Route(HandlerType.POST, SyncApi.HEARTBEAT);

    /** Devices with position and health. */
    public static final Route ADMIN_DEVICES = new Route(HandlerType.GET, "/admin/v1/devices");
    /** Refused records ({@code ?device=}). */
    public static final Route ADMIN_REFUSALS = new Route(HandlerType.GET, "/admin/v1/refusals");
    /** An event's check-ins. */
    public static final Route ADMIN_CHECKINS = new Route(HandlerType.GET, "/admin/v1/events/{eventId}/checkins");
    /** Points per member. */
    public static final Route ADMIN_POINTS = new Route(HandlerType.GET, "/admin/v1/points");
    /** A poll's turnout and, after it closed, results. */
    public static final Route ADMIN_POLL = new Route(HandlerType.GET, "/admin/v1/polls/{pollId}");
    /** Duplicate check-ins and voters. */
    public static final Route ADMIN_DUPLICATES = new Route(HandlerType.GET, "/admin/v1/duplicates");
    /** Response counts per survey. */
    public static final Route ADMIN_SURVEYS = new Route(HandlerType.GET, "/admin/v1/surveys");
    /** A closing sheet's QR text (fallback transfer), verified, stored and compared. */
    public static final Route ADMIN_CLOSINGS = new Route(HandlerType.POST, "/admin/v1/closings");
    /** A survey's responses as CSV. */
    public static final Route ADMIN_SURVEY_CSV = new Route(HandlerType.GET, "/admin/v1/surveys/{surveyId}/responses.csv");

    /** The Sync API v1 routes devices use (the OpenAPI document's paths). */
    public static final List<Route> DEVICE = List.of(ENROLL, RECORDS, CONTENT, TIME, HEARTBEAT);
    /** The admin API's routes. */
    public static final List<Route> ADMIN = List.of(ADMIN_DEVICES, ADMIN_REFUSALS, ADMIN_CHECKINS, ADMIN_POINTS,
            ADMIN_POLL, ADMIN_DUPLICATES, ADMIN_SURVEYS, ADMIN_SURVEY_CSV, ADMIN_CLOSINGS);

    private Routes() {
    }
}
