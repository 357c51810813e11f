package org.learningsets.ejb.platform;

import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;

/** Brings the schema up to date with the Flyway scripts in db/migration; JPA never changes the schema. */
public final class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    /**
     * Migrations whose first comment line was later reworded (nothing else in them changed), with the checksum Flyway
     * recorded when it ran the original wording. Flyway refuses to start when an applied file's checksum differs, so
     * a database that holds exactly these old checksums has them brought up to date; any other difference still
     * stops the start-up, as Flyway intends.
     */
    static final Map<String, Integer> REWORDED = Map.ofEntries(
            Map.entry("2", 1905300857),
            Map.entry("3", -941757028),
            Map.entry("4", 798678032),
            Map.entry("5", 1248210545),
            Map.entry("6", 346461709),
            Map.entry("8", -1477854943),
            Map.entry("9", 1219947041),
            Map.entry("10", 1733769008),
            Map.entry("11", -495657213),
            Map.entry("12", 491383618),
            Map.entry("14", 346193699));

    /** The schema version after migrating, and how many migrations this start ran. */
    public record Outcome(String schemaVersion, int migrationsRun) {}

    private DatabaseMigration() {}

    public static Outcome migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        realignRewordedChecksums(flyway);
        int run = flyway.migrate().migrationsExecuted;
        MigrationInfo current = flyway.info().current();
        return new Outcome(current == null ? "none" : current.getVersion().getVersion(), run);
    }

    /** Repairs the recorded checksums only when every mismatch is a known rewording of an untouched migration. */
    static void realignRewordedChecksums(Flyway flyway) {
        ValidateResult result = flyway.validateWithResult();
        if (result.validationSuccessful || result.invalidMigrations == null) {
            return;
        }
        var mismatches = result.invalidMigrations.stream()
                .filter(o -> o.errorDetails != null && o.errorDetails.errorCode == CoreErrorCode.CHECKSUM_MISMATCH)
                .toList();
        if (mismatches.isEmpty()) {
            return;
        }
        Map<String, Integer> recorded = Stream.of(flyway.info().applied())
                .filter(i -> i.getVersion() != null && i.getChecksum() != null)
                .collect(Collectors.toMap(i -> i.getVersion().getVersion(), MigrationInfo::getChecksum, (a, b) -> b));
        boolean onlyRewordings = mismatches.stream()
                .map((ValidateOutput o) -> o.version)
                .allMatch(v -> REWORDED.containsKey(v) && REWORDED.get(v).equals(recorded.get(v)));
        if (onlyRewordings) {
            LOG.info(() -> "Recorded checksums of reworded migrations brought up to date: "
                    + mismatches.stream().map(o -> "V" + o.version).collect(Collectors.joining(", ")));
            flyway.repair();
        }
    }
}
