package org.madang.central.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.madang.central.Central;
import org.madang.central.errors.CentralRefusal;
import org.madang.sync.api.wire.ProblemCode;

/** The admin API: JSON reports behind {@code Authorization: Bearer <admin token>}. */
public final class AdminApi {

    private final Central central;
    private final byte[] token;

    public AdminApi(Central central) {
        this.central = central;
        this.token = ("Bearer " + central.home().adminToken()).getBytes(StandardCharsets.UTF_8);
    }

    /** Refuses a request without the admin token (compared in constant time). */
    public void authorize(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !MessageDigest.isEqual(header.strip().getBytes(StandardCharsets.UTF_8), token)) {
            throw new CentralRefusal(ProblemCode.ADMIN_TOKEN_INVALID,
                    "send Authorization: Bearer <token from the central home's admin-token file>");
        }
    }

    public void devices(Context ctx) {
        Json.answer(ctx, 200, central.devices());
    }

    public void refusals(Context ctx) {
        Json.answer(ctx, 200, central.refusals(Optional.ofNullable(ctx.queryParam("device")).filter(d -> !d.isBlank())));
    }

    public void checkins(Context ctx) {
        Json.answer(ctx, 200, central.checkins(ctx.pathParam("eventId")));
    }

    public void points(Context ctx) {
        Json.answer(ctx, 200, central.points());
    }

    public void poll(Context ctx) {
        Json.answer(ctx, 200, central.pollResults(ctx.pathParam("pollId")));
    }

    public void duplicates(Context ctx) {
        Json.answer(ctx, 200, central.duplicates());
    }

    public void surveyCsv(Context ctx) {
        String survey = ctx.pathParam("surveyId");
        ctx.status(200);
        ctx.contentType("text/csv; charset=UTF-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + survey.replaceAll("[^A-Za-z0-9._-]", "_")
                + "-responses.csv\"");
        ctx.result(central.surveyCsv(survey));
    }
}
