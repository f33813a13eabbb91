package org.madang.sync.agent.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    /** A generator that always answers its bound minus one: the largest delay backoff can pick. */
    private static final RandomGenerator HIGHEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            return Long.MAX_VALUE;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    private static final RandomGenerator LOWEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public long nextLong(long bound) {
            return 0;
        }
    };

    @Test
    void ceilingDoublesFromTheBaseUpToTheCap() {
        Backoff backoff = Backoff.standard(HIGHEST);
        long[] expected = {1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 300000, 300000};
        for (long millis : expected) {
            assertThat(backoff.next(Optional.empty())).isEqualTo(Duration.ofMillis(millis));
        }
    }

    @Test
    void fullJitterStaysWithinZeroAndTheCeiling() {
        Backoff backoff = Backoff.standard(new SplittableRandom(42));
        for (int attempt = 0; attempt < 100; attempt++) {
            long ceiling = Math.min(300_000, 1000L << Math.min(attempt, 20));
            assertThat(backoff.next(Optional.empty()).toMillis()).isBetween(0L, ceiling);
        }
    }

    @Test
    void fullJitterCanPickZero() {
        assertThat(Backoff.standard(LOWEST).next(Optional.empty())).isZero();
    }

    @Test
    void neverOverflowsAfterManyFailures() {
        Backoff backoff = Backoff.standard(HIGHEST);
        for (int i = 0; i < 10_000; i++) {
            backoff.next(Optional.empty());
        }
        assertThat(backoff.next(Optional.empty())).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void retryAfterIsAMinimum() {
        Backoff backoff = Backoff.standard(LOWEST);
        assertThat(backoff.next(Optional.of(Duration.ofSeconds(7)))).isEqualTo(Duration.ofSeconds(7));
        assertThat(Backoff.standard(HIGHEST).next(Optional.of(Duration.ofMillis(10)))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void absurdRetryAfterIsBoundedToAnHour() {
        assertThat(Backoff.standard(LOWEST).next(Optional.of(Duration.ofDays(30)))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void resetStartsFromTheBaseAgain() {
        Backoff backoff = Backoff.standard(HIGHEST);
        backoff.next(Optional.empty());
        backoff.next(Optional.empty());
        backoff.next(Optional.empty());
        backoff.reset();
        assertThat(backoff.failures()).isZero();
        assertThat(backoff.next(Optional.empty())).isEqualTo(Duration.ofSeconds(1));
    }

    @ParameterizedTest
    @CsvSource({"120, 120", "0, 0", "' 30 ', 30"})
    void retryAfterInSeconds(String header, long seconds) {
        assertThat(RetryAfter.parse(header, Instant.EPOCH)).contains(Duration.ofSeconds(seconds));
    }

    @Test
    void retryAfterAsHttpDate() {
        Instant now = Instant.parse("2015-10-21T07:27:00Z");
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", now)).contains(Duration.ofSeconds(60));
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:26:00 GMT", now)).as("a past date means now")
                .contains(Duration.ZERO);
    }

    @ParameterizedTest
    @CsvSource({"soon", "-5", "''"})
    void unreadableRetryAfterIsIgnored(String header) {
        assertThat(RetryAfter.parse(header, Instant.EPOCH)).isEmpty();
    }
}
