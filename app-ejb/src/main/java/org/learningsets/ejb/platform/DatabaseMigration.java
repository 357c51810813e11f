package org.learningsets.ejb.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/** Brings the schema up to date with the Flyway scripts in db/migration; JPA never changes the schema. */
public final class DatabaseMigration {

    /** The schema version after migrating, and how many migrations this start ran. */
    public record Outcome(String schemaVersion, int migrationsRun) {
    }

    private DatabaseMigration() {
    }

    public static Outcome migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        int run = flyway.migrate().migrationsExecuted;
        MigrationInfo current = flyway.info().current();
        return new Outcome(current == null ? "none" : current.getVersion().getVersion(), run);
    }
}
