package org.madang.device.token;

/** The kinds of signed token the central issues; the JWS header's {@code typ}. */
public enum TokenType {
    /** A member's QR code from the district app: check-in, voting. */
    MEMBER("member"),
    /** A printed one-time ballot code handed out after an ID check. */
    VOUCHER("voucher"),
    /** A staff member's card: staff mode, unlocking a ballot. */
    STAFF("staff");

    private final String headerType;

    TokenType(String headerType) {
        this.headerType = headerType;
    }

    /** The value of the JWS header's {@code typ}. */
    public String headerType() {
        return headerType;
    }
}
