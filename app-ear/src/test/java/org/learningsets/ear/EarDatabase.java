package org.learningsets.ear;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * The two databases each server is tested on: embedded Derby in the data directory, and PostgreSQL where the build
 * has one (the LEARNINGSETS_TEST_PG_* variables .ci/postgres prints; without them the PostgreSQL cases are skipped,
 * as app-web's PostgreSQL profile is).
 */
enum EarDatabase {
    DERBY,
    POSTGRESQL;

    private static final Pattern NAME = Pattern.compile("[a-z_]+");

    /** A PostgreSQL database of the test's own, created empty for this run. */
    record Postgres(String url, String host, int port, String database, String user, String password) {}

    /**
     * Drops and creates the database {@code name} (owned by the test role) with the administrator role, so every run
     * starts from an empty database as a new installation does.
     */
    static Postgres freshPostgres(String name) throws SQLException {
        String url = System.getenv("LEARNINGSETS_TEST_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "no PostgreSQL for the tests (LEARNINGSETS_TEST_PG_URL)");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(name);
        }
        String user = System.getenv("LEARNINGSETS_TEST_PG_USER");
        try (Connection admin = DriverManager.getConnection(
                        url,
                        System.getenv("LEARNINGSETS_TEST_PG_ADMIN_USER"),
                        System.getenv("LEARNINGSETS_TEST_PG_ADMIN_PASSWORD"));
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + name + " OWNER " + user);
        }
        // jdbc:postgresql://host:port/database
        java.net.URI server = java.net.URI.create(url.substring("jdbc:".length()));
        String own = "jdbc:postgresql://" + server.getHost() + ":" + server.getPort() + "/" + name;
        return new Postgres(
                own, server.getHost(), server.getPort(), name, user, System.getenv("LEARNINGSETS_TEST_PG_PASSWORD"));
    }
}
