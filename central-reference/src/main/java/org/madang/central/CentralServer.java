package org.madang.central;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.madang.central.content.ContentRejected;
import org.madang.central.errors.CentralRefusal;
import org.madang.central.poll.ClosingRefused;
import org.madang.central.errors.StorageFailure;
import org.madang.central.http.AdminApi;
import org.madang.central.http.DeviceApi;
import org.madang.central.http.UploadAdmission;
import org.madang.central.http.Route;
import org.madang.central.http.Routes;
import org.madang.central.ingest.IngestWarmup;
import org.madang.sync.api.SyncApi;
import org.madang.sync.api.auth.AuthException;
import org.madang.sync.api.wire.Problem;
import org.madang.sync.api.wire.ProblemCode;
import org.madang.sync.api.wire.WireJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running HTTP server of a central: Sync API v1 for devices and the admin API. */
public final class CentralServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CentralServer.class);

    private final Central central;
    /** About 16,000 records: enough for C2 to compile the per-record loops, well under a second warm. */
    private static final int WARMUP_RECORDS = 2_000;
    private static final int WARMUP_ROUNDS = 8;

    private final Javalin app;
    private final String host;

    private CentralServer(Central central, Javalin app, String host) {
        this.central = central;
        this.app = app;
        this.host = host;
    }

    /**
     * Opens the central and starts listening.
     *
     * @throws StorageFailure when the database cannot be opened
     * @throws IllegalStateException when the port cannot be bound
     */
    public static CentralServer start(CentralHome home, CentralOptions options) {
        Objects.requireNonNull(options, "options");
        Central central = Central.open(home, options.jdbcUrl(), options.clock(), options.signatures());
        try {
            // Work a fresh JVM would otherwise do while the first terminals wait (docs/benchmarks-sync.md, round 3).
            central.openAllConnections();
            IngestWarmup.run(WARMUP_RECORDS, WARMUP_ROUNDS, new java.security.SecureRandom());
            Javalin app = Javalin.create(config -> {
                config.showJavalinBanner = false;
                // Bodies are read by the handlers with their own limits (413 TOO_LARGE, not Jetty's answer).
                config.http.maxRequestSize = 2L * SyncApi.MAX_UPLOAD_BYTES;
                // Uploads are gzip already; content bundles are small.
                config.http.disableCompression();
            });
            routes(app, central, new UploadAdmission(options.maxConcurrentUploads()));
            app.start(options.host(), options.port());
            CentralServer server = new CentralServer(central, app, options.host());
            LOG.info("central listening on {} (kid {}, software {})", server.baseUri(), home.signingKeyId(),
                    Objects.requireNonNullElse(CentralServer.class.getPackage().getImplementationVersion(), "dev"));
            return server;
        } catch (RuntimeException e) {
            central.close();
            throw e;
        }
    }

    private static void routes(Javalin app, Central central, UploadAdmission admission) {
        DeviceApi devices = new DeviceApi(central, admission);
        AdminApi admin = new AdminApi(central);
        Map<Route, Handler> handlers = Map.ofEntries(
                Map.entry(Routes.ENROLL, devices::enroll),
                Map.entry(Routes.RECORDS, devices::records),
                Map.entry(Routes.CONTENT, devices::content),
                Map.entry(Routes.TIME, devices::time),
                Map.entry(Routes.HEARTBEAT, devices::heartbeat),
                Map.entry(Routes.ADMIN_DEVICES, admin::devices),
                Map.entry(Routes.ADMIN_REFUSALS, admin::refusals),
                Map.entry(Routes.ADMIN_CHECKINS, admin::checkins),
                Map.entry(Routes.ADMIN_POINTS, admin::points),
                Map.entry(Routes.ADMIN_POLL, admin::poll),
                Map.entry(Routes.ADMIN_DUPLICATES, admin::duplicates),
                Map.entry(Routes.ADMIN_SURVEYS, admin::surveys),
                Map.entry(Routes.ADMIN_SURVEY_CSV, admin::surveyCsv),
                Map.entry(Routes.ADMIN_CLOSINGS, admin::closing));
        for (Route route : Routes.DEVICE) {
            app.addHttpHandler(route.method(), route.path(), handlers.get(route));
        }
        for (Route route : Routes.ADMIN) {
            Handler handler = handlers.get(route);
            app.addHttpHandler(route.method(), route.path(), ctx -> {
                admin.authorize(ctx);
                handler.handle(ctx);
            });
        }
        app.exception(UploadAdmission.Busy.class, (e, ctx) -> {
            LOG.info("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            answer(ctx, Problem.of(ProblemCode.UNAVAILABLE, e.getMessage()));
        });
        app.exception(CentralRefusal.class, (e, ctx) -> {
            LOG.info("{} {} refused: {} {}", ctx.method(), ctx.path(), e.code(), e.getMessage());
            answer(ctx, e.problem());
        });
        app.exception(AuthException.class, (e, ctx) -> {
            LOG.warn("{} {} not authenticated: {} {}", ctx.method(), ctx.path(), e.code(), e.getMessage());
            answer(ctx, Problem.of(e.code(), e.getMessage()));
        });
        app.exception(ClosingRefused.class, (e, ctx) -> {
            LOG.warn("{} {}: closing sheet refused: {} {}", ctx.method(), ctx.path(), e.reason(), e.getMessage());
            AdminApi.refused(ctx, e);
        });
        app.exception(ContentRejected.class, (e, ctx) -> answer(ctx, Problem.of(ProblemCode.MALFORMED_REQUEST, e.getMessage())));
        app.exception(StorageFailure.class, (e, ctx) -> {
            LOG.error("{} {}: storage failed", ctx.method(), ctx.path(), e);
            answer(ctx, Problem.of(ProblemCode.UNAVAILABLE, "the central's database is not available; retry later"));
        });
        app.exception(Exception.class, (e, ctx) -> {
            String reference = UUID.randomUUID().toString();
            LOG.error("{} {} failed unexpectedly (reference {})", ctx.method(), ctx.path(), reference, e);
            ctx.status(500);
            ctx.contentType(SyncApi.PROBLEM_MEDIA_TYPE);
            ctx.result(json(new Problem(Problem.TYPE_BASE + "internal-error", "INTERNAL_ERROR", 500, ProblemCode.UNAVAILABLE,
                    "the central failed unexpectedly (log reference " + reference + "); retry later")));
        });
        app.error(404, ctx -> {
            if (!isProblem(ctx)) {
                answer(ctx, Problem.of(ProblemCode.NOT_FOUND, "no such resource: " + ctx.method() + " " + ctx.path()));
            }
        });
        app.error(405, ctx -> {
            if (!isProblem(ctx)) {
                answer(ctx, new Problem(Problem.TYPE_BASE + "not-found", "METHOD_NOT_ALLOWED", 405, ProblemCode.NOT_FOUND,
                        ctx.method() + " is not allowed on " + ctx.path()));
            }
        });
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(SyncApi.PROBLEM_MEDIA_TYPE);
    }

    private static void answer(Context ctx, Problem problem) {
        ctx.status(problem.status());
        ctx.contentType(SyncApi.PROBLEM_MEDIA_TYPE);
        ctx.result(json(problem));
    }

    private static byte[] json(Object value) {
        try {
            return WireJson.MAPPER.writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("problems always serialise", e);
        }
    }

    /** The port it listens on (the one chosen when started with port 0). */
    public int port() {
        return app.port();
    }

    /** {@code http://HOST:PORT/}. */
    public URI baseUri() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + port() + "/");
    }

    /** The central behind the server. */
    public Central central() {
        return central;
    }

    /** Stops accepting requests, finishes the ones in flight, and closes the database. */
    @Override
    public void close() {
        app.stop();
        central.close();
        LOG.info("central stopped");
    }
}
