package org.learningsets.ejb.startup;

/**
 * Data that a module shipped only in some builds adds at start-up, after the demo data and before the first
 * administrator is created (the benchmark and demo builds' data generator brings its own programme leads). The
 * production build has none, so start-up runs without it.
 */
public interface StartupData {

    /** Adds the data if it is configured and not there yet; a failure stops start-up with its message. */
    void addAtStartup();
}
