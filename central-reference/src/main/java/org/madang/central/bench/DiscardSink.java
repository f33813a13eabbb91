package org.madang.central.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;

/**
 * The raw-throughput baseline of the sync benchmark: an HTTP server on the central's stack
 * (Javalin on Jetty, same request limits) whose {@code POST /api/v1/records} reads the whole body
 * and discards it. Prints {@code listening on http://127.0.0.1:PORT/} and runs until killed.
 */
public final class DiscardSink {

    private DiscardSink() {
    }

    /** {@code DiscardSink [PORT]}. */
    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-central-reference.xml");
        }
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = 2L * org.madang.sync.api.SyncApi.MAX_UPLOAD_BYTES;
            config.http.disableCompression();
        });
        app.post(org.madang.sync.api.SyncApi.RECORDS, ctx -> {
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = ctx.req().getInputStream()) {
                for (int n; (n = in.read(buffer)) > 0;) {
                    total += n;
                }
            } catch (IOException e) {
                ctx.status(400);
                return;
            }
            ctx.status(200).contentType("application/json").result("{\"read\":" + total + "}");
        });
        app.start("127.0.0.1", port);
        System.out.println("listening on http://127.0.0.1:" + app.port() + "/");
        System.out.flush();
    }
}
