package org.learningsets.ejb.allocation;

/**
 * A set as the solver sees it: a value participants are assigned to, carrying its own size limits so the
 * size rule needs no join.
 */
record SetSlot(String id, String name, int minSize, int maxSize) {}
