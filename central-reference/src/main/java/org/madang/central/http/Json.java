package org.madang.central.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import org.madang.sync.api.wire.WireJson;

/** Writes JSON answers with the wire's mapper. */
final class Json {

    private Json() {
    }

    static void answer(Context ctx, int status, Object body) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(bytes(body));
    }

    /** The JSON of an answer, for answers that are signed before they are sent. */
    static byte[] bytes(Object body) {
        try {
            return WireJson.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answers are plain records and trees", e);
        }
    }
}
