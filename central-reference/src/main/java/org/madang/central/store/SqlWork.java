package org.madang.central.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with one connection, inside a transaction that commits when it returns. */
@FunctionalInterface
public interface SqlWork<T> {

    /** Does the work; throwing rolls the transaction back. */
    T run(Connection connection) throws SQLException;
}
