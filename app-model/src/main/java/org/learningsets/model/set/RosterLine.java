package org.learningsets.model.set;

/** A person on a set's roster in words: name, organisation and profession, from one query. */
public record RosterLine(String name, String organisation, String profession) {}
