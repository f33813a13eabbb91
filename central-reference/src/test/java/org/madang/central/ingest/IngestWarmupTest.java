package org.madang.central.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class IngestWarmupTest {

    @Test
    void walksEveryRecordOfEveryRound() {
        // A made-up record that failed to decode, read or chain would be missing from the count.
        assertThat(IngestWarmup.run(40, 3, new SecureRandom())).isEqualTo(120);
    }
}
