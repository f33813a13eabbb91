package org.madang.sync.api.enroll;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.journal.signing.Signature64;
import org.madang.sync.api.auth.ContentDigest;

/**
 * The central's signature on its enrollment answer, so a terminal provisioned from a QR code
 * knows it enrolled with the central whose key the QR carries, not with whatever answered at that
 * address. Header {@value #HEADER}: {@code kid="central-1";sig=:<base64>:}, the Ed25519
 * signature of {@code "madang.enrollment-answer.v1\n" + <the request's Content-Digest> + "\n" +
 * <the answer body>}: the request's digest binds the answer to this device's key and code.
 */
public final class AnswerSignature {

    /** The answer header. */
    public static final String HEADER = "Madang-Central-Signature";

    private static final String CONTEXT = "madang.enrollment-answer.v1\n";
    private static final Pattern VALUE = Pattern.compile("kid=\"([^\"]{1,64})\";sig=:([A-Za-z0-9+/=]{1,200}):");

    private AnswerSignature() {
    }

    /** The header value signing {@code answerBody} for the request whose body was {@code requestBody}. */
    public static String sign(Ed25519KeyPair centralKey, String kid, byte[] requestBody, byte[] answerBody) {
        byte[] signature = centralKey.sign(message(requestBody, answerBody)).bytes();
        return "kid=\"" + kid + "\";sig=:" + Base64.getEncoder().encodeToString(signature) + ":";
    }

    /** Whether {@code header} is {@code centralKey}'s signature of this answer to this request. */
    public static boolean verifies(Ed25519PublicKey centralKey, Optional<String> header, byte[] requestBody,
            byte[] answerBody) {
        if (header.isEmpty()) {
            return false;
        }
        Matcher matcher = VALUE.matcher(header.get().strip());
        if (!matcher.matches()) {
            return false;
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(matcher.group(2));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return signature.length == Signature64.LENGTH
                && centralKey.verifies(message(requestBody, answerBody), Signature64.of(signature));
    }

    private static byte[] message(byte[] requestBody, byte[] answerBody) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((CONTEXT + ContentDigest.sha256(requestBody) + "\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(answerBody);
        return out.toByteArray();
    }
}
