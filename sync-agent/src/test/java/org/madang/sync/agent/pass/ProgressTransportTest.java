package org.madang.sync.agent.pass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.madang.sync.agent.central.Answer;
import org.madang.sync.agent.central.Request;
import org.madang.sync.agent.central.Transport;

class ProgressTransportTest {

    private static final Request REQUEST = new Request("GET", "/v1/time", Map.of(), Optional.empty(), "application/json",
            Optional.empty());

    @Test
    void eachFinishedExchangeIsProgressAnsweredOrFailedButOneInFlightIsNot() throws Exception {
        AtomicInteger progress = new AtomicInteger();
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        Transport central = new Transport() {
            @Override
            public Answer exchange(Request request) throws IOException {
                switch (calls.incrementAndGet()) {
                    case 1:
                        return new Answer(200, Map.of(), new byte[0]);
                    case 2:
                        throw new SocketTimeoutException("read timed out");
                    default:
                        inFlight.countDown();
                        try {
                            answer.await();
                        } catch (InterruptedException e) {
                            throw new IOException(e);
                        }
                        return new Answer(200, Map.of(), new byte[0]);
                }
            }

            @Override
            public void close() {
            }
        };
        ProgressTransport transport = new ProgressTransport(central, progress::incrementAndGet);

        transport.exchange(REQUEST);
        assertThatThrownBy(() -> transport.exchange(REQUEST)).isInstanceOf(SocketTimeoutException.class);
        assertThat(progress).hasValue(2);

        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<Answer> hanging = executor.submit(() -> transport.exchange(REQUEST));
            assertThat(inFlight.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(progress).as("a request still waiting for its answer").hasValue(2);
            answer.countDown();
            hanging.get(30, TimeUnit.SECONDS);
            assertThat(progress).hasValue(3);
        } finally {
            executor.shutdownNow();
        }
    }
}
