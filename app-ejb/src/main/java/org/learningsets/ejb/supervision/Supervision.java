package org.learningsets.ejb.supervision;

import java.io.Serializable;
import java.util.List;

/**
 * A programme's facilitators meeting as a set of their own: the supervision programme that holds the set, the set,
 * its supervisor (the set's lead facilitator) and its members. Names only, never what the set says.
 */
public record Supervision(
        String programmeId, String programmeName, String setId, String setName, String supervisor, List<String> members)
        implements Serializable {}
