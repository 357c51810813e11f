package org.learningsets.model.set;

/** Someone's place in a set of an earlier programme, as a member or a facilitator, from one query. */
public record EarlierPlacement(String programmeName, String setId, String setName, String personId) {}
