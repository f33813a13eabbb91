package org.madang.sync.api.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The certificate authorities a terminal pins for TLS to its central, instead of the system's
 * trust store: a district whose central carries a certificate from its own or a government CA
 * (not one the operating system trusts) installs that CA's certificate on the terminal. Loaded
 * from a PEM file of one or more CA certificates, each checked to be a CA and valid now.
 */
public final class PinnedCa {

    private final Path file;
    private final byte[] pem;
    private final List<X509Certificate> authorities;

    private PinnedCa(Path file, byte[] pem, List<X509Certificate> authorities) {
        this.file = file;
        this.pem = pem.clone();
        this.authorities = List.copyOf(authorities);
    }

    /**
     * Reads and checks a PEM file of CA certificates.
     *
     * @throws PinnedCaException naming the file, what is wrong and the fix
     */
    public static PinnedCa load(Path file, Clock clock) throws PinnedCaException {
        return parse(read(file), file, clock);
    }

    private static byte[] read(Path file) throws PinnedCaException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PinnedCaException(PinnedCaException.Code.MISSING, file, "", e);
        } catch (IOException e) {
            throw new PinnedCaException(PinnedCaException.Code.UNREADABLE, file, e.toString(), e);
        }
    }

    // The bytes checked are kept (pem()), so pinning writes exactly what was checked.
    private static PinnedCa parse(byte[] bytes, Path file, Clock clock) throws PinnedCaException {
        Collection<? extends Certificate> read;
        try {
            read = CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes));
        } catch (CertificateException e) {
            throw new PinnedCaException(PinnedCaException.Code.NOT_PEM, file, String.valueOf(e.getMessage()), e);
        }
        if (read.isEmpty()) {
            throw new PinnedCaException(PinnedCaException.Code.NOT_PEM, file, "no certificate", null);
        }
        Instant now = clock.instant();
        List<X509Certificate> authorities = new ArrayList<>();
        for (Certificate each : read) {
            X509Certificate certificate = (X509Certificate) each;
            String subject = certificate.getSubjectX500Principal().getName();
            if (certificate.getBasicConstraints() < 0) {
                throw new PinnedCaException(PinnedCaException.Code.NOT_A_CA, file, subject, null);
            }
            if (now.isAfter(certificate.getNotAfter().toInstant())) {
                throw new PinnedCaException(PinnedCaException.Code.EXPIRED, file,
                        subject + " (" + certificate.getNotAfter().toInstant() + ")", null);
            }
            if (now.isBefore(certificate.getNotBefore().toInstant())) {
                throw new PinnedCaException(PinnedCaException.Code.NOT_YET_VALID, file,
                        subject + " (" + certificate.getNotBefore().toInstant() + ")", null);
            }
            authorities.add(certificate);
        }
        return new PinnedCa(file, bytes, authorities);
    }

    /** The same authorities, as kept in {@code newFile} (where a checked file was copied). */
    public PinnedCa at(Path newFile) {
        return new PinnedCa(newFile, pem, authorities);
    }

    /** The PEM bytes that were checked, exactly as read: what pinning writes. */
    public byte[] pem() {
        return pem.clone();
    }

    /** The file it was read from. */
    public Path file() {
        return file;
    }

    /** The pinned authorities, in file order. */
    public List<X509Certificate> authorities() {
        return authorities;
    }

    /** The SHA-256 fingerprint of {@code certificate}, colon-separated upper-case hex. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateException e) {
            throw new IllegalStateException("SHA-256 and a parsed certificate's encoding are always available", e);
        }
    }

    /** A TLS context that trusts these authorities and nothing else (host names are still checked). */
    public SSLContext sslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is always available", e);
        }
    }

    /** The PKIX trust manager of {@link #sslContext()}: its only anchors are these authorities. */
    X509TrustManager trustManager() {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            for (int i = 0; i < authorities.size(); i++) {
                trusted.setCertificateEntry("pinned-ca-" + i, authorities.get(i));
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("the default TrustManagerFactory made no X509TrustManager");
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the JDK's default key store and trust managers are always available", e);
        }
    }
}
