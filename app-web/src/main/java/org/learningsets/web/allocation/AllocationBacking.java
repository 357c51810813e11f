package org.learningsets.web.allocation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.learningsets.ejb.allocation.AllocationProposal;
import org.learningsets.ejb.allocation.AllocationService;
import org.learningsets.ejb.allocation.CohortRule;
import org.learningsets.ejb.allocation.ProposedSet;
import org.learningsets.ejb.programme.ProgrammeService;
import org.learningsets.ejb.programme.ProgrammeView;
import org.learningsets.ejb.set.FacilitatorService;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.web.platform.Messages;

/**
 * A programme lead's allocation: propose sets for the people enrolled and not yet in a set, move people by picking
 * their new set, pin them, run again (pins hold), accept. The proposal lives in this view only: nothing is written
 * until Accept, when the service checks the rules that must hold again and writes everything or nothing.
 */
@Named
@ViewScoped
public class AllocationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AllocationService allocation;

    @EJB
    ProgrammeService programmes;

    @EJB
    FacilitatorService facilitatorPool;

    private String programmeId;
    private String programmeName;
    private int minSetSize;
    private int maxSetSize;
    private Integer targetSize;
    /** How firmly earlier setmates are kept apart: a preference unless the lead makes it a rule. */
    private CohortRule cohortRule = CohortRule.PREFERENCE;
    /** Whom a proposal places, by id, in the service's order (by name). */
    private final Map<String, AllocationRow> waiting = new LinkedHashMap<>();
    /** The proposal's sets: key to name, in order. Empty until the first proposal. */
    private final Map<String, String> setNames = new LinkedHashMap<>();

    private final List<AllocationRow> rows = new ArrayList<>();
    private List<SetGroup> groups = List.of();
    private List<RuleLine> rules = List.of();
    private String solvedIn;
    /** Who can facilitate; the ones included are given sets by the proposal, up to their most sets. */
    private List<FacilitatorChoice> facilitators = List.of();
    /** Set key to the facilitator proposed for it (or picked by the lead); empty without facilitators. */
    private final Map<String, String> facilitatorOfSet = new LinkedHashMap<>();

    /** One set on screen with the people now in it. */
    public record SetGroup(String key, String name, List<AllocationRow> rows) implements Serializable {}

    /** A non-lead, and a missing, unknown or tampered id, get the refusal page. */
    public void load() {
        if (programmeId == null) {
            throw new NotFoundException("Choose a programme from your home page.");
        }
        ProgrammeView programme = programmes.view(programmeId);
        programmeName = programme.name();
        minSetSize = programme.minSetSize();
        maxSetSize = programme.maxSetSize();
        if (targetSize == null) {
            targetSize = (minSetSize + maxSetSize) / 2;
        }
        waiting.clear();
        allocation.unallocated(programmeId).forEach(p -> waiting.put(p.id(), new AllocationRow(p)));
        if (facilitators.isEmpty()) {
            facilitators =
                    facilitatorPool.pool().stream().map(FacilitatorChoice::new).toList();
        }
    }

    public void propose() {
        run(Map.of());
    }

    /** Takes the moves and pins on screen, then solves again: pinned people stay where they are. */
    public void runAgain() {
        applyEdits();
        run(pins());
    }

    /** Takes the moves and pins on screen and judges the result against every rule, without solving. */
    public void check() {
        int moved = applyEdits();
        if (Messages.attempt(
                () -> rules = allocation
                        .review(
                                programmeId,
                                targetSize,
                                placements(),
                                pins(),
                                facilitatorOfSet,
                                capacities(),
                                cohortRule)
                        .stream()
                        .map(RuleLine::of)
                        .toList())) {
            solvedIn = null;
            Messages.infoNow(
                    moved == 0
                            ? "Nobody was moved; the rules below are checked again."
                            : (moved == 1 ? "1 person moved" : moved + " people moved")
                                    + "; the rules below are checked " + "again for the sets as they are now.");
        }
    }

    /** All or nothing: refused with the reasons when a rule that must hold is broken. */
    public String accept() {
        applyEdits();
        String summary = groups.stream()
                .map(g -> g.name() + " (" + g.rows().size() + " people)")
                .collect(Collectors.joining(", "));
        Map<String, Integer> capacities = capacities();
        Map<String, String> chosen = capacities.isEmpty() ? Map.of() : facilitatorOfSet;
        if (!Messages.attempt(
                () -> allocation.accept(programmeId, targetSize, placements(), chosen, capacities, cohortRule))) {
            return null;
        }
        Messages.info("Accepted: " + summary + " are now forming sets of " + programmeName + ".");
        return "/programmes/allocation?faces-redirect=true&id=" + programmeId;
    }

    private void run(Map<String, String> pins) {
        AllocationProposal[] result = new AllocationProposal[1];
        Map<String, Integer> capacities = capacities();
        if (!Messages.attempt(
                () -> result[0] = allocation.propose(programmeId, targetSize, pins, capacities, cohortRule))) {
            return;
        }
        AllocationProposal proposal = result[0];
        setNames.clear();
        rows.clear();
        facilitatorOfSet.clear();
        for (ProposedSet set : proposal.sets()) {
            setNames.put(set.setId(), set.name());
            if (set.facilitatorId() != null) {
                facilitatorOfSet.put(set.setId(), set.facilitatorId());
            }
            for (String id : set.participantIds()) {
                rows.add(waiting.get(id).placedIn(set.setId(), pins.containsKey(id)));
            }
        }
        regroup();
        rules = proposal.rules().stream().map(RuleLine::of).toList();
        solvedIn = String.format("%.1f", proposal.statistics().solvingTime().toMillis() / 1000.0);
    }

    private int applyEdits() {
        int moved = (int) rows.stream().filter(AllocationRow::applyMove).count();
        regroup();
        return moved;
    }

    private void regroup() {
        Map<String, List<AllocationRow>> bySet = new LinkedHashMap<>();
        setNames.keySet().forEach(key -> bySet.put(key, new ArrayList<>()));
        rows.forEach(r -> bySet.get(r.getSetKey()).add(r));
        groups = bySet.entrySet().stream()
                .map(e -> new SetGroup(e.getKey(), setNames.get(e.getKey()), List.copyOf(e.getValue())))
                .toList();
    }

    private Map<String, String> placements() {
        return rows.stream()
                .collect(Collectors.toMap(
                        AllocationRow::getPersonId, AllocationRow::getSetKey, (a, b) -> a, LinkedHashMap::new));
    }

    /** The included facilitators and the most sets each can take; empty when facilitators are not proposed. */
    private Map<String, Integer> capacities() {
        return facilitators.stream()
                .filter(FacilitatorChoice::isIncluded)
                .collect(Collectors.toMap(
                        FacilitatorChoice::getPersonId,
                        f -> f.getMaxSets() == null ? 0 : f.getMaxSets(),
                        (a, b) -> a,
                        LinkedHashMap::new));
    }

    private Map<String, String> pins() {
        return rows.stream()
                .filter(AllocationRow::isPinned)
                .collect(Collectors.toMap(
                        AllocationRow::getPersonId, AllocationRow::getSetKey, (a, b) -> a, LinkedHashMap::new));
    }

    public boolean isProposed() {
        return !groups.isEmpty();
    }

    /** Every rule that must hold is kept, so Accept will go through (unless someone changes the data first). */
    public boolean isHardRulesKept() {
        return rules.stream().filter(RuleLine::hard).allMatch(RuleLine::met);
    }

    public List<RuleLine> getBrokenHardRules() {
        return rules.stream().filter(r -> r.hard() && !r.met()).toList();
    }

    public List<AllocationRow> getWaiting() {
        return List.copyOf(waiting.values());
    }

    public Map<String, String> getSetChoices() {
        // Label to value, as f:selectItems takes a map.
        return setNames.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey, (a, b) -> a, LinkedHashMap::new));
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId;
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public int getMinSetSize() {
        return minSetSize;
    }

    public int getMaxSetSize() {
        return maxSetSize;
    }

    public Integer getTargetSize() {
        return targetSize;
    }

    public void setTargetSize(Integer targetSize) {
        this.targetSize = targetSize;
    }

    public CohortRule getCohortRule() {
        return cohortRule;
    }

    public void setCohortRule(CohortRule cohortRule) {
        this.cohortRule = cohortRule;
    }

    public List<CohortRule> getCohortRules() {
        return List.of(CohortRule.values());
    }

    public List<SetGroup> getGroups() {
        return groups;
    }

    public List<RuleLine> getRules() {
        return rules;
    }

    public String getSolvedIn() {
        return solvedIn;
    }

    public List<FacilitatorChoice> getFacilitators() {
        return facilitators;
    }

    /** Set key to facilitator id, for the per-set choice on screen. */
    public Map<String, String> getFacilitatorOfSet() {
        return facilitatorOfSet;
    }

    /** The facilitators the proposal drew on, label to id, as f:selectItems takes a map. */
    public Map<String, String> getFacilitatorChoices() {
        return facilitators.stream()
                .filter(FacilitatorChoice::isIncluded)
                .collect(Collectors.toMap(
                        f -> f.getName() + ", " + f.getOrganisation(),
                        FacilitatorChoice::getPersonId,
                        (a, b) -> a,
                        LinkedHashMap::new));
    }

    public boolean isFacilitated() {
        return !facilitatorOfSet.isEmpty();
    }
}
