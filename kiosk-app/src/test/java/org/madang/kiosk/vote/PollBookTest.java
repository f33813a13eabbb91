package org.madang.kiosk.vote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.madang.device.content.poll.IdentificationMethod;

class PollBookTest {

    @Test
    void countsTurnoutPerPollAndMethodAndRemembersVoters() {
        PollBook book = new PollBook();
        book.add("a", IdentificationMethod.MEMBER, "p:1");
        book.add("a", IdentificationMethod.VOUCHER, "voucher:V-1");
        book.add("a", IdentificationMethod.STAFF, "staff:s-1");
        book.add("a", IdentificationMethod.STAFF, "staff:s-1");
        book.add("b", IdentificationMethod.MEMBER, "p:1");
        assertThat(book.turnout("a")).isEqualTo(4);
        assertThat(book.turnout("b")).isEqualTo(1);
        assertThat(book.turnout("c")).isZero();
        assertThat(book.methods("a")).containsExactly(java.util.Map.entry("member", 1),
                java.util.Map.entry("voucher", 1), java.util.Map.entry("staff", 2));
        assertThat(book.hasVoted("a", "p:1")).isTrue();
        assertThat(book.hasVoted("a", "p:2")).isFalse();
        assertThat(book.hasVoted("c", "p:1")).isFalse();
    }
}
