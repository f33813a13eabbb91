package org.madang.device.content.poll;

import java.util.Arrays;
import java.util.Optional;

/** How a voter proves who they are before a ballot opens; each poll lists those it allows. */
public enum IdentificationMethod {
    /** The member QR code from the district's app (a {@code member} token). */
    MEMBER("member"),
    /** A one-time voucher handed out by staff after an ID check: its QR or its typed short code. */
    VOUCHER("voucher"),
    /** A staff member unlocks one ballot (staff card or PIN) for a resident checked in person. */
    STAFF("staff");

    private final String contentName;

    IdentificationMethod(String contentName) {
        this.contentName = contentName;
    }

    /** The name in the content bundle and in poll-book records. */
    public String contentName() {
        return contentName;
    }

    /** The method with this content name. */
    public static Optional<IdentificationMethod> of(String contentName) {
        return Arrays.stream(values()).filter(m -> m.contentName.equals(contentName)).findFirst();
    }
}
