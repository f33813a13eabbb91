package org.madang.central;

import java.util.Optional;

/** Votes and surveys on the default SQLite file. */
class SqliteVotingAndSurveysTest extends VotingAndSurveysContract {

    @Override
    Optional<String> jdbcUrl() {
        return Optional.empty();
    }
}
