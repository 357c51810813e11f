package org.learningsets.ejb.allocation;

/** A facilitator and a participant they facilitated in an earlier programme: a problem fact for the solver. */
record FacilitatedBefore(String facilitatorId, String participantId) {}
