package org.learningsets.ejb.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Where the application's data is: its own data source ({@link DataSources#APP}: embedded Derby, or PostgreSQL
 * by LEARNINGSETS_DB_URL), or a JDBC resource the server already has, named by LEARNINGSETS_DB_JNDI, used
 * directly (the server's pool takes part in transactions and holds the URL and credentials). Every user of the
 * database takes the same choice: JPA by persistence.xml ({@code ${MPCONFIG=...}}, substituted by Payara), the
 * identity store by EL ({@code ${learningSetsDatabase.jndiName}}), migrations and readiness from here.
 */
@Named("learningSetsDatabase")
@ApplicationScoped
public class ApplicationDatabase {

    @Resource(lookup = DataSources.APP)
    DataSource own;

    private volatile DataSource chosen;

    /** The JNDI name of the data source in use. */
    public String getJndiName() {
        return ExternalDatabase.configured()
                .filter(ExternalDatabase::isServerResource)
                .map(ExternalDatabase::jndiName)
                .orElse(DataSources.APP);
    }

    /** The data source in use; a missing server resource is a start-up failure with the name in it. */
    public DataSource dataSource() {
        if (chosen == null) {
            String name = getJndiName();
            if (DataSources.APP.equals(name)) {
                chosen = own;
            } else {
                try {
                    chosen = (DataSource) new InitialContext().lookup(name);
                } catch (NamingException | ClassCastException e) {
                    throw new StartupException(
                            "The server has no JDBC resource " + name
                                    + " (LEARNINGSETS_DB_JNDI): " + e.getMessage()
                                    + ". Create it (see docs/database.md) or "
                                    + "correct the name.",
                            e);
                }
            }
        }
        return chosen;
    }
}
