package org.learningsets.ejb.platform;

/** The application's own data source; {@link ApplicationDatabase} says whether it or the server's is in use. */
public final class DataSources {
    public static final String APP = "java:app/jdbc/learningsets";

    private DataSources() {}
}
