package org.madang.sync.agent.central;

import java.util.Objects;
import java.util.Optional;

/** The answer to {@code GET /api/v1/content}. */
public sealed interface ContentAnswer {

    /** 304: the bundle with the ETag sent is still current. */
    record NotModified() implements ContentAnswer {
    }

    /** 404: nothing has been published yet. */
    record NothingPublished() implements ContentAnswer {
    }

    /**
     * 200: the current bundle.
     *
     * @param jws the compact JWS bytes, unverified
     * @param etag its ETag, if the central sent one
     */
    record Bundle(byte[] jws, Optional<String> etag) implements ContentAnswer {
        public Bundle {
            Objects.requireNonNull(jws, "jws");
            Objects.requireNonNull(etag, "etag");
        }
    }
}
