package org.learningsets.model.database;

/** The JNDI names the application accepts for a JDBC resource of the server (LEARNINGSETS_DB_JNDI). */
public final class ResourceNames {

    private ResourceNames() {}

    /**
     * A name in the server's own directory (jdbc/learningsets, java:app/jdbc/x), never a URL such as ldap://... or
     * rmi://..., which would make the look-up fetch an object from another machine (JNDI injection).
     */
    public static boolean isPlain(String name) {
        String path = name.startsWith("java:") ? name.substring("java:".length()) : name;
        return !path.isEmpty()
                && path.chars()
                        .allMatch(c -> c < 128
                                && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '/' || c == '-'));
    }
}
