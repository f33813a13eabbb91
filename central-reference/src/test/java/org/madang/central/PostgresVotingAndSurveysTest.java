package org.madang.central;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;

/** Votes and surveys on PostgreSQL, each test in a fresh schema. */
class PostgresVotingAndSurveysTest extends VotingAndSurveysContract {

    private TestPostgres postgres;

    @Override
    Optional<String> jdbcUrl() {
        postgres = TestPostgres.freshSchema();
        return Optional.of(postgres.url());
    }

    @AfterEach
    void dropSchema() throws Exception {
        closeCentral();
        central = null;
        if (postgres != null) {
            postgres.close();
        }
    }
}
