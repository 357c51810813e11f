package org.learningsets.ejb.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

/**
 * Whether the application shuts Derby down when it stops: yes for its own copy of Derby, no for a connection that
 * is not of it (the server's copy on Open Liberty, OpenLibertyEarIT checks that end to end), yes when it cannot tell.
 */
class DerbyEngineTest {

    @Test
    void theApplicationsOwnDerbyIsItsOwn() throws SQLException {
        EmbeddedDataSource own = new EmbeddedDataSource();
        own.setDatabaseName("memory:derby-engine-test");
        own.setCreateDatabase("create");
        assertTrue(DerbyEngine.isOwn(own));
    }

    @Test
    void aConnectionOfAnotherCopyIsNot() {
        DataSource other = dataSource(() -> (Connection) Proxy.newProxyInstance(
                DerbyEngineTest.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isWrapperFor" -> false;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                }));
        assertFalse(DerbyEngine.isOwn(other));
    }

    @Test
    void whenItCannotTellItShutsDown() {
        assertTrue(DerbyEngine.isOwn(dataSource(() -> {
            throw new SQLException("no connection", "08001");
        })));
    }

    private interface Connect {
        Connection get() throws SQLException;
    }

    private static DataSource dataSource(Connect connect) {
        return (DataSource) Proxy.newProxyInstance(
                DerbyEngineTest.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return connect.get();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
