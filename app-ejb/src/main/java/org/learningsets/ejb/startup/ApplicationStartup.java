package org.learningsets.ejb.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.confidentiality.PlainTextUpgrade;
import org.learningsets.ejb.confidentiality.ReEncryption;
import org.learningsets.ejb.demo.DemoDataLoader;
import org.learningsets.ejb.mail.LegacyOutboxImport;
import org.learningsets.ejb.platform.ApplicationDatabase;
import org.learningsets.ejb.platform.ApplicationStatus;
import org.learningsets.ejb.platform.CheckedDerbyDataSource;
import org.learningsets.ejb.platform.ConfigKeys;
import org.learningsets.ejb.platform.DataDirectory;
import org.learningsets.ejb.platform.DataSources;
import org.learningsets.ejb.platform.DatabaseMigration;
import org.learningsets.ejb.platform.DerbyEngine;
import org.learningsets.ejb.platform.ExternalDatabase;
import org.learningsets.ejb.platform.LogText;
import org.learningsets.ejb.platform.StartupException;
import org.learningsets.ejb.security.AccountBootstrap;

/**
 * Runs once when the application starts: checks the data directory, migrates the schema, then loads demo data,
 * adds what the build brings at start-up ({@link StartupData}: benchmark data) or creates the first administrator. Any failure becomes a
 * clear message (see {@link ApplicationStatus}), never a half-started application that serves stack traces.
 * <p>
 * Transactions are bean-managed here so Flyway can commit on its own; each call below to a stateless bean runs
 * in a transaction of its own.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
        name = DataSources.APP,
        className = "org.learningsets.ejb.platform.LearningSetsDataSource",
        // No databaseName: the data source finds the database in LEARNINGSETS_DATA_DIR itself (a placeholder here
        // is substituted by Payara only). Validate pooled connections (JDBC 4 isValid) so the pool recovers by
        // itself after a database restart: Payara's properties, which other servers ignore. Open Liberty loads a
        // defined data source's class only from a shared library of the server, never from the application: there
        // ops/liberty/server.xml binds this name to a data source of the server (docs/install-liberty.md).
        // At a meeting peak (docs/performance.md) two of Payara's defaults queued the request threads: validating
        // at every borrow (the pool loads the validator class each time, behind the application class loader's
        // lock), so at most once every 2 s per connection; and matching connections by user (one user here).
        properties = {
            "createDatabase=create",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=2",
            "fish.payara.match-connections=false"
        },
        initialPoolSize = 1,
        minPoolSize = 1,
        maxPoolSize = 30)
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Inject
    @ConfigProperty(name = ConfigKeys.DATA_DIR, defaultValue = "./data")
    String dataDirectory;

    @Inject
    @ConfigProperty(name = ConfigKeys.DEMO, defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = ConfigKeys.KEY_FILE)
    String keyFile;

    @Inject
    ConfidentialTextKeys keys;

    @EJB
    PlainTextUpgrade plainText;

    @Inject
    ReEncryption reEncryption;

    @EJB
    LegacyOutboxImport legacyOutbox;

    @Inject
    @ConfigProperty(name = ConfigKeys.BOOTSTRAP_ADMIN_EMAIL)
    Optional<String> bootstrapEmail;

    @Inject
    @ConfigProperty(name = ConfigKeys.BOOTSTRAP_ADMIN_PASSWORD)
    Optional<String> bootstrapPassword;

    @Inject
    @ConfigProperty(name = ConfigKeys.BOOTSTRAP_ADMIN_NAME, defaultValue = "Administrator")
    String bootstrapName;

    @Inject
    @ConfigProperty(name = ConfigKeys.BOOTSTRAP_ADMIN_ORGANISATION, defaultValue = "Programme office")
    String bootstrapOrganisation;

    @Inject
    ApplicationDatabase database;

    @EJB
    ApplicationStatus status;

    @EJB
    AccountBootstrap accounts;

    @EJB
    DemoDataLoader demoData;

    @Inject
    Instance<StartupData> moreData;

    private Path derbyPath;

    @PostConstruct
    void start() {
        try {
            Path dir = DataDirectory.prepare(dataDirectory);
            Optional<ExternalDatabase> external = ExternalDatabase.configured();
            if (external.isEmpty()) {
                derbyPath = dir.resolve(DataDirectory.DERBY_DATABASE);
                if (System.getProperty("derby.stream.error.file") == null) {
                    System.setProperty(
                            "derby.stream.error.file", dir.resolve("derby.log").toString());
                }
                prepareDerby();
            }
            String where = external.map(ExternalDatabase::toString).orElse("Derby at " + derbyPath);
            if (external.filter(e -> !e.isServerResource()).isPresent()) {
                requirePostgres(database.dataSource());
            }
            if (derbyPath != null && !DerbyEngine.isOwn(database.dataSource())) {
                leaveDerbyToTheServer();
            }
            DatabaseMigration.Outcome migrated = DatabaseMigration.migrate(database.dataSource());
            LOG.info(() -> "Database " + where + " is at schema version " + migrated.schemaVersion() + " ("
                    + migrated.migrationsRun() + " migrations run now).");
            boolean importedOldKeys = keys.prepare(Path.of(keyFile), demo || !accounts.anyAccountExists());
            for (String column : PlainTextUpgrade.COLUMNS) {
                plainText.encrypt(column);
            }
            if (importedOldKeys) {
                reEncryption.all(); // the first releases' values, under the new primary key
            }
            List<Path> oldOutbox = legacyOutbox.importFolder();
            LegacyOutboxImport.delete(oldOutbox);
            if (!oldOutbox.isEmpty()) {
                LOG.info(() -> "Moved " + oldOutbox.size() + " messages of the outbox folder into the outbox table.");
            }
            accounts.enableDemoAccounts(demo);
            if (demo) {
                demoData.loadIntoEmptyDatabase();
            }
            // Before the first administrator: generated data brings its own programme leads.
            moreData.forEach(StartupData::addAtStartup);
            if (!demo) {
                bootstrapAdministrator();
            }
        } catch (RuntimeException e) {
            String message = messageOf(e);
            LOG.log(Level.SEVERE, LogText.oneLine("Learning Sets cannot start: " + message), e);
            status.fail(message);
        }
    }

    /**
     * With LEARNINGSETS_DB_URL the application's own data source opens PostgreSQL. Where the server has put a data
     * source of its own in its place (Open Liberty's binding, docs/install-liberty.md) that one must be PostgreSQL
     * too (postgresql.xml there reads the same settings): start-up stops before anything is written to a database
     * the settings do not name. A database that cannot be reached is left
     * to the migration, which says so.
     */
    private static void requirePostgres(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            return;
        }
        if (!"PostgreSQL".equals(product)) {
            throw new StartupException("LEARNINGSETS_DB_URL is set, but the application's data source "
                    + DataSources.APP + " opens " + product + ": the server has put a data source of its own in "
                    + "its place. On Open Liberty, put ops/liberty/postgresql.xml beside server.xml, which gives "
                    + "the server's data source the same database (docs/install-liberty.md).");
        }
    }

    /**
     * The server's data source opens Derby with the server's copy of it (Open Liberty, docs/install-liberty.md): the
     * server keeps the database open across redeployments and shuts it down, not this application. It must be the
     * database in the data directory, or the key file and the database would part.
     */
    private void leaveDerbyToTheServer() {
        Path expected = derbyPath;
        Optional<Path> opened = DerbyEngine.database(database.dataSource());
        if (opened.isPresent() && !opened.get().equals(expected)) {
            throw new StartupException("The server's data source opens the Derby database at " + opened.get()
                    + ", not the one in the data directory (" + expected + "). Give the server the same "
                    + "LEARNINGSETS_DATA_DIR (docs/install-liberty.md).");
        }
        derbyPath = null;
        LOG.info(() -> "Derby at " + expected + " is opened by the server's data source with the server's copy of "
                + "Derby, which shuts it down when the server stops.");
    }

    /** Derby's page cache and owner-only files, before anything opens the database. */
    private static void prepareDerby() {
        try {
            CheckedDerbyDataSource.prepareEngine();
        } catch (SQLException e) {
            throw new StartupException(e.getMessage(), e);
        }
    }

    private void bootstrapAdministrator() {
        if (accounts.anyAccountExists()) {
            return;
        }
        if (bootstrapEmail.isEmpty() || bootstrapPassword.isEmpty()) {
            status.notify("No account exists yet. Set LEARNINGSETS_BOOTSTRAP_ADMIN_EMAIL and "
                    + "LEARNINGSETS_BOOTSTRAP_ADMIN_PASSWORD and restart to create the first administrator.");
            return;
        }
        accounts.createFirstAdministrator(
                bootstrapName,
                bootstrapEmail.get(),
                bootstrapOrganisation,
                bootstrapPassword.get().toCharArray());
        LOG.info(() -> "Created the first administrator account for " + bootstrapEmail.get() + ".");
    }

    private static String messageOf(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.learningsets.model.common.DomainException) { // StartupException included
                return t.getMessage();
            }
        }
        return "The database could not be opened or migrated (" + e.getClass().getSimpleName() + ": "
                + e.getMessage() + "). Check LEARNINGSETS_DATA_DIR (or LEARNINGSETS_DB_URL, _USER and _PASSWORD for "
                + "PostgreSQL, or LEARNINGSETS_DB_JNDI for a JDBC resource of the server) and the server log.";
    }

    /**
     * Embedded Derby keeps its files locked until shut down; without this a redeploy fails (XSDB6). Not where the
     * server's own Derby holds the database (see {@link DerbyEngine}): the server shuts that one down.
     */
    @PreDestroy
    void stop() {
        if (derbyPath == null) {
            return;
        }
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(derbyPath.toString());
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (SQLException e) {
            if ("08006".equals(e.getSQLState())) {
                LOG.info("Derby database shut down cleanly.");
            } else {
                LOG.log(Level.WARNING, "Derby database did not shut down cleanly", e);
            }
        }
    }
}
