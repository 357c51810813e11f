package org.learningsets.ejb.meeting;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learningsets.ejb.confidentiality.SetAccess;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.GroundRules;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.Membership;
import org.learningsets.model.set.SetState;

/**
 * The rota of a self-facilitating set: the facilitator's role rotates among its members, one member per meeting.
 * Only a member who agreed the current ground rules can hold it (anyone else cannot even follow the meeting).
 */
@Dependent
public class Rota {

    @PersistenceContext
    EntityManager em;

    @Inject
    SetAccess access;

    @Inject
    Clock clock;

    /** Who may hold the role, in member order (by name, as the set's roster lists them). */
    public List<Person> eligible(LearningSet set) {
        Optional<GroundRules> rules = access.currentGroundRules(set);
        if (rules.isEmpty()) {
            return List.of();
        }
        return members(set).stream()
                .filter(p -> access.hasAgreed(rules.get(), p))
                .toList();
    }

    /** The set's current members, agreed or not, in member order. */
    public List<Person> members(LearningSet set) {
        return em.createNamedQuery("Membership.activeOfSet", Membership.class)
                .setParameter("set", set)
                .getResultStream()
                .map(Membership::getPerson)
                .toList();
    }

    /** The planned meetings from today on (London): the ones a rota is for. */
    public List<Meeting> upcoming(LearningSet set) {
        return em.createNamedQuery("Meeting.plannedOfSetFrom", Meeting.class)
                .setParameter("set", set)
                .setParameter("from", TimeZones.today(clock).atStartOfDay())
                .getResultList();
    }

    /**
     * The default rota: each upcoming meeting nobody holds goes to the next eligible member in turn, carrying on
     * after the member of the meeting before; a turn someone chose is kept. In meeting order, the holder of each
     * upcoming meeting (null: nobody can hold it). Nothing is changed: see {@link #fillGaps}.
     */
    public Map<Meeting, Person> plan(LearningSet set) {
        List<Person> turns = eligible(set);
        Map<Meeting, Person> plan = new LinkedHashMap<>();
        int next = 0;
        for (Meeting meeting : upcoming(set)) {
            if (meeting.getRotaHolder() != null) {
                plan.put(meeting, meeting.getRotaHolder());
                next = turns.indexOf(meeting.getRotaHolder()) + 1;
            } else {
                plan.put(meeting, turns.isEmpty() ? null : turns.get(next % turns.size()));
                next++;
            }
        }
        return plan;
    }

    /**
     * Puts the default rota ({@link #plan}) in place for a self-facilitating set: when it becomes one, and when
     * meetings are planned for a set that already is. Returns how many meetings were given a member.
     */
    public int fillGaps(LearningSet set) {
        if (set.getState() != SetState.SELF_FACILITATING) {
            return 0;
        }
        int given = 0;
        for (Map.Entry<Meeting, Person> turn : plan(set).entrySet()) {
            if (turn.getKey().getRotaHolder() == null && turn.getValue() != null) {
                turn.getKey().giveRotaTo(turn.getValue());
                given++;
            }
        }
        return given;
    }
}
