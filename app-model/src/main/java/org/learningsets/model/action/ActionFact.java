package org.learningsets.model.action;

import java.time.LocalDate;

/** An action's status and due date with its set and owner, for figures over many sets (no description). */
public record ActionFact(String setId, String ownerId, ActionStatus status, LocalDate dueDate) {}
