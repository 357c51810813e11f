package org.learningsets.model.action;

/** How many open actions an issue has, as an aggregate query gives it. */
public record OpenActions(String issueId, Long count) {}
