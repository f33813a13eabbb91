package org.madang.journal.testing;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Real X.509 certificates for TLS tests, made by the {@code openssl} command (installed by
 * {@code .ci/run}): a district CA, a server certificate it signed for 127.0.0.1 and localhost, and
 * a second, unrelated CA. Valid from now for ten years (the server's for one).
 */
public final class TestCertificates {

    private static final char[] PASSWORD = "changeit".toCharArray();

    /** The directory holding every file. */
    public final Path dir;
    /** The district CA's certificate (PEM). */
    public final Path caPem;
    /** Another CA's certificate (PEM), which signed nothing here. */
    public final Path otherCaPem;
    /** The server's certificate (PEM, CA:FALSE), signed by {@link #caPem}. */
    public final Path serverPem;
    /** The server's private key (PEM). */
    public final Path serverKey;
    /** The server's key and certificate chain as PKCS#12, password {@code changeit}. */
    public final Path serverP12;
    /** A server certificate the same CA signed, but for another host ({@code central.invalid}), as PKCS#12. */
    public final Path otherHostP12;
    /** A server certificate for 127.0.0.1, signed by the CA, that expired a day ago (keystore {@code changeit}). */
    public final Path expiredP12;
    /**
     * A server certificate for 127.0.0.1, signed by the CA, valid from tomorrow: what a terminal
     * whose clock is behind (a Raspberry Pi before its first time sync) sees (keystore {@code changeit}).
     */
    public final Path notYetValidP12;

    private TestCertificates(Path dir) {
        this.dir = dir;
        this.caPem = dir.resolve("ca.pem");
        this.otherCaPem = dir.resolve("other-ca.pem");
        this.serverPem = dir.resolve("server.pem");
        this.serverKey = dir.resolve("server.key");
        this.serverP12 = dir.resolve("server.p12");
        this.otherHostP12 = dir.resolve("other-host.p12");
        this.expiredP12 = dir.resolve("expired.p12");
        this.notYetValidP12 = dir.resolve("not-yet-valid.p12");
    }

    /** Makes the certificates in {@code dir}. */
    public static TestCertificates create(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        TestCertificates made = new TestCertificates(dir);
        made.ca("ca", "Madang Test District CA");
        made.ca("other-ca", "Madang Test Other CA");
        made.server("server", "127.0.0.1", "IP:127.0.0.1,DNS:localhost", "365");
        made.server("other-host", "central.invalid", "DNS:central.invalid", "365");
        // The same key and request as "server", other dates. -days -1: not after a day before not
        // before (now), the one way OpenSSL 3.0 makes a certificate that has expired.
        made.sign("server", "expired", "-days", "-1");
        made.p12("expired", "server");
        // OpenSSL 3.0's x509 cannot start a certificate in the future; the JDK's keytool can.
        openssl(dir, "pkcs12", "-export", "-in", "ca.pem", "-inkey", "ca.key", "-name", "ca", "-out", "ca.p12",
                "-passout", "pass:" + new String(PASSWORD));
        run(dir, List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-gencert", "-alias",
                "ca", "-keystore", "ca.p12", "-storetype", "PKCS12", "-storepass", new String(PASSWORD), "-infile",
                "server.csr", "-outfile", "not-yet-valid.pem", "-rfc", "-startdate", "+1d", "-validity", "365", "-ext",
                "san=ip:127.0.0.1", "-ext", "eku=serverAuth"));
        made.p12("not-yet-valid", "server");
        return made;
    }

    /** A TLS context serving {@link #serverPem} (for the JDK's {@code HttpsServer}). */
    public SSLContext serverContext() throws IOException, GeneralSecurityException {
        return serverContext(serverP12);
    }

    private static SSLContext serverContext(Path p12) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            store.load(in, PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /**
     * An HTTPS server on 127.0.0.1 with {@link #serverPem}, answering 503 to every request: a
     * client that gets the 503 got through TLS. Stop it when done.
     */
    public HttpsServer busyServer() throws IOException, GeneralSecurityException {
        return busyServer(serverP12);
    }

    /** {@link #busyServer()} with the certificate for another host name, signed by the same CA. */
    public HttpsServer busyServerForAnotherHost() throws IOException, GeneralSecurityException {
        return busyServer(otherHostP12);
    }

    /** {@link #busyServer()} with a certificate from the same CA that is valid only from tomorrow. */
    public HttpsServer busyServerWithACertificateValidFromTomorrow() throws IOException, GeneralSecurityException {
        return busyServer(notYetValidP12);
    }

    /** {@link #busyServer()} with a certificate from the same CA that has expired. */
    public HttpsServer busyServerWithAnExpiredCertificate() throws IOException, GeneralSecurityException {
        return busyServer(expiredP12);
    }

    private static HttpsServer busyServer(Path p12) throws IOException, GeneralSecurityException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext(p12)));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    /** The {@code https://127.0.0.1:PORT/} of a server from {@link #busyServer}. */
    public static String url(HttpsServer server) {
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** A key, a request for {@code commonName} and a server certificate from the CA, as {@code name}.p12. */
    private void server(String name, String commonName, String subjectAltName, String days)
            throws IOException, InterruptedException {
        Files.writeString(dir.resolve(name + ".ext"), "subjectAltName=" + subjectAltName + "\n"
                + "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n", StandardCharsets.US_ASCII);
        openssl(dir, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", name + ".key",
                "-out", name + ".csr", "-subj", "/CN=" + commonName);
        sign(name, name, "-days", days);
        p12(name, name);
    }

    /** The CA signs {@code request}.csr (with its .ext) into {@code out}.pem. */
    private void sign(String request, String out, String... validity) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("x509", "-req", "-in", request + ".csr", "-CA", "ca.pem", "-CAkey",
                "ca.key", "-CAcreateserial", "-out", out + ".pem", "-extfile", request + ".ext"));
        args.addAll(List.of(validity));
        openssl(dir, args.toArray(String[]::new));
    }

    /** {@code certificate}.pem with {@code key}.key and the CA, as {@code certificate}.p12 for a server. */
    private void p12(String certificate, String key) throws IOException, InterruptedException {
        openssl(dir, "pkcs12", "-export", "-in", certificate + ".pem", "-inkey", key + ".key", "-certfile", "ca.pem",
                "-out", certificate + ".p12", "-passout", "pass:" + new String(PASSWORD));
    }

    private void ca(String name, String commonName) throws IOException, InterruptedException {
        openssl(dir, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                name + ".key", "-out", name + ".pem", "-days", "3650", "-subj", "/CN=" + commonName, "-addext",
                "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
    }

    private static void openssl(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        run(dir, command);
    }

    private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
