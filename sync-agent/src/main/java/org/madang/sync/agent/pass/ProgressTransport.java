package org.madang.sync.agent.pass;

import java.io.IOException;
import org.madang.sync.agent.central.Answer;
import org.madang.sync.agent.central.Request;
import org.madang.sync.agent.central.Transport;

/**
 * A transport that reports each finished exchange, answered or failed, as progress: a pass that
 * uploads a long backlog takes as long as it takes, but no single request may hang. An exchange
 * still in flight reports nothing.
 */
final class ProgressTransport implements Transport {

    private final Transport transport;
    private final Runnable progress;

    ProgressTransport(Transport transport, Runnable progress) {
        this.transport = transport;
        this.progress = progress;
    }

    @Override
    public Answer exchange(Request request) throws IOException {
        try {
            return transport.exchange(request);
        } finally {
            progress.run();
        }
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }
}
