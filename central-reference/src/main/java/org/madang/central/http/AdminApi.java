package org.madang.central.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.madang.central.Central;
import org.madang.central.errors.CentralRefusal;
import org.madang.central.poll.ClosingRefused;
import org.madang.sync.api.SyncApi;
import org.madang.sync.api.wire.Problem;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
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

    public void surveys(Context ctx) {
        Json.answer(ctx, 200, central.surveys());
    }

    /** The body is the QR text {@code MADANG-CLOSE2:…} (text/plain); 200 with the comparison, or 422. */
    public void closing(Context ctx) {
        Json.answer(ctx, 200, central.importClosing(ctx.body()));
    }

    /**
     * A refused closing sheet: 422, a problem document whose {@code reason} is stable and whose
     * {@code detail} (English) and {@code detailKo} (Korean) say why for staff.
     */
    public static void refused(Context ctx, ClosingRefused refused) {
        ObjectNode problem = JsonNodeFactory.instance.objectNode();
        problem.put("type", Problem.TYPE_BASE + "closing-refused");
        problem.put("title", "CLOSING_REFUSED");
        problem.put("status", 422);
        problem.put("code", "CLOSING_REFUSED");
        problem.put("reason", refused.reason().name());
        problem.put("detail", refused.message(Locale.ROOT));
        problem.put("detailKo", refused.message(Locale.KOREAN));
        ctx.status(422);
        ctx.contentType(SyncApi.PROBLEM_MEDIA_TYPE);
        ctx.result(problem.toString().getBytes(StandardCharsets.UTF_8));
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
