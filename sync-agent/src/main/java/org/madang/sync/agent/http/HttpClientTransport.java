package org.madang.sync.agent.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.madang.sync.agent.central.Answer;
import org.madang.sync.agent.central.Request;
import org.madang.sync.agent.central.Transport;

/**
 * The transport over Apache HttpClient 5 (classic): a pooled, kept-alive connection, explicit
 * connect and response timeouts, and no automatic retries or redirects, so that every resend is
 * the agent's own decision (a POST retried behind its back would be invisible to its backoff).
 */
public final class HttpClientTransport implements Transport {

    /** Larger answers are refused: the biggest legitimate one is a content bundle (8 Mi characters). */
    static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;

    private final HttpHost host;
    private final CloseableHttpClient client;
    private final PoolingHttpClientConnectionManager connections;

    private HttpClientTransport(HttpHost host, CloseableHttpClient client, PoolingHttpClientConnectionManager connections) {
        this.host = host;
        this.client = client;
        this.connections = connections;
    }

    /**
     * A transport to the central's scheme, host and port; each new TLS connection trusts what
     * {@code trust} says at that moment (the terminal's pinned CA, or the system's CAs). Host
     * names are checked.
     */
    public static HttpClientTransport create(URI centralUrl, HttpOptions options, TlsTrust trust) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create();
        if ("https".equalsIgnoreCase(centralUrl.getScheme())) {
            pool.setTlsSocketStrategy(new TrustingTlsStrategy(trust));
        } else {
            // A transport talks to one central only. Left unset, the builder makes the default TLS
            // context at once, parsing the system's trust store: about 200 classes and a few MiB of
            // the agent's peak RSS (docs/benchmarks-sync.md, round 4), for a plain-HTTP central.
            pool.setTlsSocketStrategy(HttpClientTransport::noTls);
        }
        PoolingHttpClientConnectionManager connections = pool
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(options.connectTimeout()))
                        .setSocketTimeout(Timeout.of(options.responseTimeout()))
                        // A connection idle longer may have been dropped by a NAT box: check it first.
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build())
                .setMaxConnTotal(4)
                .setMaxConnPerRoute(4)
                .build();
        var builder = HttpClients.custom();
        if (!options.reuseConnections()) {
            builder.setConnectionReuseStrategy((request, response, context) -> false);
        }
        CloseableHttpClient client = builder
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(options.responseTimeout()))
                        .setConnectionRequestTimeout(Timeout.of(options.connectTimeout()))
                        .setConnectionKeepAlive(TimeValue.ofSeconds(30))
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
        return new HttpClientTransport(HttpHost.create(centralUrl), client, connections);
    }

    private static SSLSocket noTls(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        throw new IOException("this transport was made for a plain-HTTP central, not TLS to " + target + ":" + port);
    }

    @Override
    public Answer exchange(Request request) throws IOException {
        ClassicRequestBuilder builder = ClassicRequestBuilder.create(request.method()).setHttpHost(host)
                .setPath(request.path());
        request.headers().forEach(builder::addHeader);
        if (request.body().isPresent()) {
            HttpEntity entity = new ByteArrayEntity(request.body().get(), ContentType.parse(request.contentType()),
                    request.contentEncoding().orElse(null));
            builder.setEntity(entity);
        }
        ClassicHttpRequest http = builder.build();
        try {
            return client.execute(http, response -> {
                Map<String, String> headers = new HashMap<>();
                for (Header header : response.getHeaders()) {
                    headers.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
                }
                byte[] body = read(response.getEntity());
                return new Answer(response.getCode(), headers, body);
            });
        } catch (ConnectTimeoutException e) {
            SocketTimeoutException timeout = new SocketTimeoutException("connect timed out: " + e.getMessage());
            timeout.initCause(e);
            throw timeout;
        }
    }

    private static byte[] read(HttpEntity entity) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        try (InputStream in = entity.getContent()) {
            byte[] body = in.readNBytes(MAX_ANSWER_BYTES + 1);
            if (body.length > MAX_ANSWER_BYTES) {
                throw new IOException("the answer is larger than " + MAX_ANSWER_BYTES + " bytes");
            }
            long declared = entity.getContentLength();
            if (declared >= 0 && declared != body.length && entity.getContentEncoding() == null) {
                throw new IOException("the answer was cut short: " + body.length + " of " + declared + " bytes");
            }
            return body;
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
        connections.close(CloseMode.IMMEDIATE);
    }
}
