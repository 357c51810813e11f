package bench.frameworks;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The Jakarta EE and frameworks WARs of ops/bench/startup.sh: the frameworks the application cannot do without (CDI,
 * an EJB that runs at start, JPA on an embedded Derby database in the data directory, Faces; in the frameworks WAR
 * PrimeFaces and OmniFaces too) and almost none of its own code, so their start-up is about the least a WAR using
 * them can take. Payara replaces the ENV placeholder with the variable the benchmark sets.
 */
@Singleton
@Startup
@DataSourceDefinition(
        name = "java:app/jdbc/frameworks",
        className = "org.apache.derby.jdbc.EmbeddedDataSource",
        databaseName = "${ENV=LEARNINGSETS_DATA_DIR}/frameworks",
        properties = {"createDatabase=create"})
public class Notes {

    @PersistenceContext
    EntityManager entityManager;

    @PostConstruct
    void start() {
        entityManager.persist(new Note("started"));
    }

    public List<Note> all() {
        return entityManager.createQuery("select n from Note n", Note.class).getResultList();
    }
}
