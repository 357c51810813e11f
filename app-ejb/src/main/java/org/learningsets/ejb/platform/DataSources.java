package org.learningsets.ejb.platform;

/** The one application data source; persistence.xml and the identity store name the same JNDI name. */
public final class DataSources {
    public static final String APP = "java:app/jdbc/learningsets";

    private DataSources() {
    }
}
