package org.learningsets.ejb.platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.derby.iapi.jdbc.EngineConnection;

/** Which copy of embedded Derby holds the database: the application's own, or the server's. */
public final class DerbyEngine {

    private DerbyEngine() {}

    /**
     * Whether the data source's connections come from the Derby classes this application loads (its EAR's or
     * WAR's): then the application must shut the database down when it stops, or the next deployment's Derby finds it
     * locked (XSDB6). On Open Liberty the server's data source opens Derby from a library of the server
     * (docs/install-liberty.md): the classes are another copy, the server's Derby keeps the database open across
     * redeployments and shuts it down itself, and a shutdown through this application's copy would start a second
     * Derby on the same files. When the check cannot be made, the answer is yes (shut down, as before).
     */
    public static boolean isOwn(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection instanceof EngineConnection || connection.isWrapperFor(EngineConnection.class);
        } catch (SQLException | RuntimeException e) {
            return true;
        }
    }

    /** The folder of the Derby database the data source opens, as its connections name it; empty if not Derby. */
    public static Optional<Path> database(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            if (url == null || !url.startsWith(URL_PREFIX)) {
                return Optional.empty();
            }
            String name = url.substring(URL_PREFIX.length());
            int attributes = name.indexOf(';');
            name = attributes < 0 ? name : name.substring(0, attributes);
            name = name.startsWith(DIRECTORY) ? name.substring(DIRECTORY.length()) : name;
            return Optional.of(Path.of(name).toAbsolutePath().normalize());
        } catch (SQLException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static final String URL_PREFIX = "jdbc:derby:";
    private static final String DIRECTORY = "directory:";
}
