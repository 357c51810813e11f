package org.learningsets.ejb.platform;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Connections from a JDBC resource the server already has (LEARNINGSETS_DB_JNDI, e.g. jdbc/learningsets), for
 * the application's own pool to hold. The application's pool already takes part in transactions, so the
 * resource's connections are taken non-transactional (Payara's and GlassFish's {@code getNonTxConnection}):
 * otherwise each transaction would hold two local resources, which the transaction manager refuses. Other servers
 * get an ordinary connection.
 */
final class ServerJdbcResource implements LearningSetsDataSource.ConnectionSource {

    private final String jndiName;
    private volatile DataSource resource;
    private volatile Method nonTransactional;

    ServerJdbcResource(String jndiName) {
        this.jndiName = jndiName;
    }

    @Override
    public Connection connect() throws SQLException {
        DataSource ds = resource();
        if (nonTransactional == null) {
            return ds.getConnection();
        }
        try {
            return (Connection) nonTransactional.invoke(ds);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException("The JDBC resource " + jndiName + " gave no connection", "08001", e.getCause());
        } catch (IllegalAccessException e) {
            throw new SQLException("The JDBC resource " + jndiName + " gave no connection", "08001", e);
        }
    }

    private DataSource resource() throws SQLException {
        if (resource == null) {
            try {
                DataSource found = (DataSource) new InitialContext().lookup(jndiName);
                nonTransactional = nonTransactionalMethod(found);
                resource = found;
            } catch (NamingException | ClassCastException e) {
                throw new SQLException("Learning Sets cannot open its database: the server has no JDBC resource "
                        + jndiName + " (LEARNINGSETS_DB_JNDI): " + e.getMessage(), "08001", e);
            }
        }
        return resource;
    }

    /** The method as declared by a public interface of the resource (its class itself may not be public). */
    private static Method nonTransactionalMethod(DataSource ds) {
        for (Class<?> type = ds.getClass(); type != null; type = type.getSuperclass()) {
            for (Class<?> api : type.getInterfaces()) {
                try {
                    return api.getMethod("getNonTxConnection");
                } catch (NoSuchMethodException e) {
                    // Not this interface.
                }
            }
        }
        return null;
    }
}
