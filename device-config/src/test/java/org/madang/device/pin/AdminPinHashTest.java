package org.madang.device.pin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AdminPinHashTest {

    // Cheap for tests; production hashes use DEFAULT_ITERATIONS and profiles refuse < MIN_ITERATIONS.
    private static final int FAST = 1_000;
    private final SecureRandom random = new SecureRandom();

    @Test
    void verifiesThePinItWasMadeFrom() {
        AdminPinHash hash = AdminPinHash.derive("258014".toCharArray(), random, FAST);

        assertThat(hash.verify("258014".toCharArray())).isTrue();
    }

    @Test
    void rejectsAWrongPin() {
        AdminPinHash hash = AdminPinHash.derive("258014".toCharArray(), random, FAST);

        assertThat(hash.verify("258015".toCharArray())).isFalse();
        assertThat(hash.verify("".toCharArray())).isFalse();
    }

    @Test
    void survivesARoundTripThroughItsStoredForm() {
        AdminPinHash hash = AdminPinHash.derive("258014".toCharArray(), random, FAST);

        AdminPinHash stored = new AdminPinHash(hash.iterations(), Base64.getDecoder().decode(hash.saltBase64()),
                Base64.getDecoder().decode(hash.hashBase64()));

        assertThat(stored).isEqualTo(hash);
        assertThat(stored.verify("258014".toCharArray())).isTrue();
    }

    @Test
    void saltsEveryHashAfresh() {
        AdminPinHash first = AdminPinHash.derive("258014".toCharArray(), random, FAST);
        AdminPinHash second = AdminPinHash.derive("258014".toCharArray(), random, FAST);

        assertThat(first.salt()).isNotEqualTo(second.salt());
        assertThat(first.hash()).isNotEqualTo(second.hash());
        assertThat(first.salt()).hasSize(AdminPinHash.SALT_BYTES);
        assertThat(first.hash()).hasSize(AdminPinHash.HASH_BYTES);
    }

    @Test
    void usesSixHundredThousandIterationsByDefault() {
        AdminPinHash hash = AdminPinHash.derive("258014".toCharArray(), random);

        assertThat(hash.iterations()).isEqualTo(600_000);
        assertThat(hash.verify("258014".toCharArray())).isTrue();
    }

    @Test
    void refusesToHashAPinThatBreaksThePolicy() {
        assertThatThrownBy(() -> AdminPinHash.derive("123456".toCharArray(), random, FAST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SEQUENCE");
    }

    @Test
    void neverShowsTheHashInItsText() {
        AdminPinHash hash = AdminPinHash.derive("258014".toCharArray(), random, FAST);

        assertThat(hash.toString()).doesNotContain(hash.hashBase64(), hash.saltBase64()).contains("1000 iterations");
    }
}
