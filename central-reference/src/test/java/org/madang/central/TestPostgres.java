package org.madang.central;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh schema in the test PostgreSQL server for one test, dropped afterwards. The server must
 * be running: these tests fail (not skip) without it, so a missing server is never mistaken for
 * passing tests.
 */
final class TestPostgres implements AutoCloseable {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/madang_test?user=madang&password=madang";

    private final String baseUrl;
    private final String schema;

    private TestPostgres(String baseUrl, String schema) {
        this.baseUrl = baseUrl;
        this.schema = schema;
    }

    static TestPostgres freshSchema() {
        String url = System.getProperty("MADANG_TEST_PG_URL", System.getenv().getOrDefault("MADANG_TEST_PG_URL", DEFAULT_URL));
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            fail("""
                    PostgreSQL is not reachable at %s (%s).
                    Start it and create the test role and database:
                      pg_ctlcluster 15 main start
                      su postgres -c "psql -c \\"CREATE ROLE madang LOGIN PASSWORD 'madang'\\""
                      su postgres -c "createdb -O madang madang_test"
                    or point MADANG_TEST_PG_URL (system property or environment) at another server."""
                    .formatted(url.replaceAll("password=[^&]*", "password=***"), e.getMessage()), e);
        }
        return new TestPostgres(url, schema);
    }

    /** The URL whose connections use the fresh schema. */
    String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
