package org.madang.sync.agent.central;

import java.io.IOException;

/**
 * Carries one request to the central and its whole answer back. The HTTP implementation lives in
 * {@code org.madang.sync.agent.http}, the only package that knows the HTTP client; this seam keeps
 * signing, problem handling and the upload rules free of it.
 */
public interface Transport extends AutoCloseable {

    /**
     * Sends a request and reads the answer.
     *
     * @throws java.net.SocketTimeoutException when the central did not answer in time
     * @throws IOException when the connection failed, was reset or the answer was cut short
     */
    Answer exchange(Request request) throws IOException;

    @Override
    void close() throws IOException;
}
