/** What the nodes of a cluster share through the database: heartbeats, job claims, live-meeting change counters. */
package org.learningsets.model.cluster;
