package org.madang.central;

import java.util.Optional;

/** The central's behaviour on its default SQLite file. */
class SqliteCentralTest extends CentralContract {

    @Override
    Optional<String> jdbcUrl() {
        return Optional.empty();
    }
}
