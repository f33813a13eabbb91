package org.madang.device.keys;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** RFC 7468 text encoding ("-----BEGIN PRIVATE KEY-----"), the form OpenSSL reads and writes. */
final class Pem {

    private static final Base64.Encoder ENCODER = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

    private Pem() {
    }

    static String encode(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + ENCODER.encodeToString(der) + "\n-----END " + label + "-----\n";
    }

    /**
     * The DER bytes inside the first block with this label.
     *
     * @throws IllegalArgumentException if there is no such block or its body is not base64
     */
    static byte[] decode(String text, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int start = text.indexOf(begin);
        int stop = start < 0 ? -1 : text.indexOf(end, start + begin.length());
        if (start < 0 || stop < 0) {
            throw new IllegalArgumentException("no PEM block labelled " + label);
        }
        String body = text.substring(start + begin.length(), stop).replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
