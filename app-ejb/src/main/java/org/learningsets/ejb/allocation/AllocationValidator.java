package org.learningsets.ejb.allocation;

import static org.learningsets.ejb.allocation.Wording.count;
import static org.learningsets.ejb.allocation.Wording.quoted;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningsets.model.common.InvalidInputException;

/**
 * Checks a request and turns it into a plan. Every problem found is reported in one message, each as its own
 * sentence, so a programme lead can fix them all at once. Requests the rules cannot possibly satisfy (too few
 * people, pins that break a hard rule themselves) are refused here rather than solved badly.
 */
final class AllocationValidator {

    /** Smaller groups are not learning sets: a set needs people to learn from each other. */
    static final int SMALLEST_SET = 2;

    private AllocationValidator() {}

    static AllocationPlan validate(AllocationRequest request) {
        if (request == null) {
            throw new InvalidInputException("An allocation request is required.");
        }
        List<String> problems = new ArrayList<>();
        checkParticipants(request.participants(), problems);
        checkSizes(request, problems);
        if (request.layout() == null) {
            problems.add("Either the sets or a target set size is required.");
        } else if (request.layout() instanceof SetLayout.Named named) {
            checkNamedSets(named.sets(), problems);
        }
        failIfAny(problems);

        List<SetDefinition> sets = resolveSets(request, problems);
        failIfAny(problems);

        Map<String, String> pins = checkPins(request, sets, problems);
        checkFacilitators(request.facilitators(), sets.size(), problems);
        CohortChecks.checkRequest(request, problems);
        failIfAny(problems);

        AllocationPlan plan = new AllocationPlan(
                request.participants(),
                sets,
                request.minSetSize(),
                request.maxSetSize(),
                pins,
                request.facilitators(),
                request.earlierSets(),
                request.cohortRule());
        checkPinnedPlacements(plan, problems);
        checkManagersCanBeApart(plan, problems);
        CohortChecks.checkPlan(plan, problems);
        failIfAny(problems);
        return plan;
    }

    private static void failIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join(" ", problems));
        }
    }

    private static void checkParticipants(List<Participant> participants, List<String> problems) {
        if (participants.isEmpty()) {
            problems.add("There are no participants to allocate.");
            return;
        }
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            String position = "Participant " + (i + 1);
            if (p == null) {
                problems.add(position + " is missing.");
                continue;
            }
            if (isBlank(p.id())) {
                problems.add(position + (p.name() == null ? "" : " (" + p.name() + ")") + " has no id.");
                continue;
            }
            if (!seen.add(p.id()) && reported.add(p.id())) {
                problems.add("Participant id " + quoted(p.id()) + " is used more than once.");
            }
            if (isBlank(p.organisationId())) {
                problems.add(p.displayName() + " has no organisation.");
            }
            if (p.id().equals(p.lineManagerId())) {
                problems.add(p.displayName() + " is recorded as their own line manager.");
            }
        }
    }

    private static void checkSizes(AllocationRequest request, List<String> problems) {
        int min = request.minSetSize();
        int max = request.maxSetSize();
        if (min < SMALLEST_SET) {
            problems.add("The minimum set size must be at least " + SMALLEST_SET + " (it is " + min + ").");
        }
        if (min > max) {
            problems.add("The minimum set size (" + min + ") is larger than the maximum (" + max + ").");
        }
        if (request.layout() instanceof SetLayout.TargetSize target
                && min <= max
                && (target.size() < min || target.size() > max)) {
            problems.add("The target set size (" + target.size() + ") must be between the minimum (" + min
                    + ") and the maximum (" + max + ").");
        }
    }

    private static void checkNamedSets(List<SetDefinition> sets, List<String> problems) {
        if (sets.isEmpty()) {
            problems.add("There are no sets to allocate to.");
            return;
        }
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < sets.size(); i++) {
            SetDefinition set = sets.get(i);
            if (set == null || isBlank(set.id())) {
                problems.add("Set " + (i + 1) + " has no id.");
            } else if (!seen.add(set.id()) && reported.add(set.id())) {
                problems.add("Set id " + quoted(set.id()) + " is used more than once.");
            }
        }
    }

    private static List<SetDefinition> resolveSets(AllocationRequest request, List<String> problems) {
        int n = request.participants().size();
        int min = request.minSetSize();
        int max = request.maxSetSize();
        String people = count(n, "participant", "participants");
        String sizes = "sets of " + min + " to " + max + " people";
        if (request.layout() instanceof SetLayout.Named named) {
            int k = named.sets().size();
            if (n < k * min) {
                problems.add(people + " cannot fill " + count(k, "set", "sets") + " of " + min + " to " + max
                        + " people: " + k + (k == 1 ? " set needs" : " sets need") + " at least " + k * min + ".");
            } else if (n > k * max) {
                problems.add(people + " cannot fit in " + count(k, "set", "sets") + " of " + min + " to " + max
                        + " people: " + k + (k == 1 ? " set takes" : " sets take") + " at most " + k * max + ".");
            }
            return named.sets();
        }
        if (n < min) {
            problems.add(people + (n == 1 ? " is" : " are") + " too few for even one set: a set needs at least " + min
                    + ".");
            return List.of();
        }
        int target = ((SetLayout.TargetSize) request.layout()).size();
        int fewest = AllocationPlan.ceilDiv(n, max);
        int most = n / min;
        if (fewest > most) {
            problems.add(people + " cannot be split into " + sizes + ": " + count(most, "set takes", "sets take")
                    + " at most " + most * max + " and " + count(fewest, "set needs", "sets need") + " at least "
                    + fewest * min + ".");
            return List.of();
        }
        int k = Math.min(Math.max(AllocationPlan.ceilDiv(n, target), fewest), most);
        List<SetDefinition> sets = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            sets.add(new SetDefinition("set-" + i, "Set " + i));
        }
        return sets;
    }

    private static Map<String, String> checkPins(
            AllocationRequest request, List<SetDefinition> sets, List<String> problems) {
        Map<String, Participant> participants = new HashMap<>();
        request.participants().forEach(p -> participants.put(p.id(), p));
        Set<String> setIds = new HashSet<>();
        sets.forEach(s -> setIds.add(s.id()));
        Map<String, String> pins = new LinkedHashMap<>();
        for (Map.Entry<String, String> pin : request.pins().entrySet()) {
            Participant p = participants.get(pin.getKey());
            if (p == null) {
                problems.add("A pin names participant " + quoted(String.valueOf(pin.getKey()))
                        + ", who is not among the participants.");
            } else if (pin.getValue() == null) {
                problems.add(p.displayName() + " is pinned without a set.");
            } else if (!setIds.contains(pin.getValue())) {
                problems.add(p.displayName() + " is pinned to set " + quoted(pin.getValue())
                        + ", which is not one of the sets"
                        + (request.layout() instanceof SetLayout.TargetSize
                                ? " (sets derived from a target size are set-1 to set-" + sets.size() + ")"
                                : "")
                        + ".");
            } else {
                pins.put(pin.getKey(), pin.getValue());
            }
        }
        return pins;
    }

    private static void checkFacilitators(List<Facilitator> facilitators, int setCount, List<String> problems) {
        if (facilitators.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        int problemsBefore = problems.size();
        int capacity = 0;
        for (int i = 0; i < facilitators.size(); i++) {
            Facilitator f = facilitators.get(i);
            if (f == null || isBlank(f.id())) {
                problems.add("Facilitator " + (i + 1) + " has no id.");
                continue;
            }
            if (!seen.add(f.id()) && reported.add(f.id())) {
                problems.add("Facilitator id " + quoted(f.id()) + " is used more than once.");
            }
            if (f.maxSets() < 1) {
                problems.add(f.displayName() + " must be able to take at least one set (the limit given is "
                        + f.maxSets() + ").");
            } else {
                capacity += f.maxSets();
            }
        }
        // Capacity is only worth summing once every facilitator's own entry is sound.
        if (problems.size() == problemsBefore && capacity < setCount) {
            problems.add("The facilitators can take " + count(capacity, "set", "sets") + " between them, but there "
                    + (setCount == 1 ? "is 1 set" : "are " + setCount + " sets") + " to facilitate.");
        }
    }

    /** Pins are kept whatever happens, so pins that break a hard rule on their own make the request impossible. */
    private static void checkPinnedPlacements(AllocationPlan plan, List<String> problems) {
        Map<String, Participant> byId = plan.participantsById();
        Map<String, String> managers = plan.managersAmongParticipants();
        Map<String, List<Participant>> pinnedBySet = new LinkedHashMap<>();
        plan.sets().forEach(s -> pinnedBySet.put(s.id(), new ArrayList<>()));
        plan.participants().stream()
                .filter(p -> plan.pins().containsKey(p.id()))
                .forEach(p -> pinnedBySet.get(plan.pins().get(p.id())).add(p));
        for (SetDefinition set : plan.sets()) {
            List<Participant> pinned = pinnedBySet.get(set.id());
            if (pinned.size() > plan.maxSetSize()) {
                problems.add(count(pinned.size(), "person is", "people are") + " pinned to " + set.displayName()
                        + ", more than the maximum set size of " + plan.maxSetSize() + ".");
            }
            for (Participant p : pinned) {
                String manager = managers.get(p.id());
                if (manager != null && set.id().equals(plan.pins().get(manager))) {
                    problems.add(p.displayName() + " and their line manager, "
                            + byId.get(manager).displayName() + ", are both pinned to " + set.displayName() + ".");
                }
            }
        }
        plan.participantsByOrganisation()
                .forEach((organisation, people) -> checkPinnedColleagues(plan, people, pinnedBySet, problems));
    }

    /** Pinned colleagues must still leave room to spread their organisation as evenly as the numbers allow. */
    private static void checkPinnedColleagues(
            AllocationPlan plan,
            List<Participant> colleagues,
            Map<String, List<Participant>> pinnedBySet,
            List<String> problems) {
        String organisation = colleagues.get(0).organisationId();
        String organisationName = colleagues.get(0).organisationDisplayName();
        int k = plan.sets().size();
        int atMost = AllocationPlan.ceilDiv(colleagues.size(), k);
        int setsThatNeedAtMost = colleagues.size() % k == 0 ? k : colleagues.size() % k;
        List<String> setsAtMost = new ArrayList<>();
        for (SetDefinition set : plan.sets()) {
            List<String> pinned = pinnedBySet.get(set.id()).stream()
                    .filter(p -> p.organisationId().equals(organisation))
                    .map(Participant::displayName)
                    .toList();
            if (pinned.size() > atMost) {
                problems.add(Wording.list(pinned) + " are " + Wording.bothOrAll(pinned.size()) + " pinned to "
                        + set.displayName() + " and " + Wording.bothOrAll(pinned.size()) + " from "
                        + organisationName + "; the numbers allow at most "
                        + (atMost == 1 ? "one" : String.valueOf(atMost)) + " per set.");
            } else if (pinned.size() == atMost && atMost > 1) {
                setsAtMost.add(set.displayName());
            }
        }
        if (setsAtMost.size() > setsThatNeedAtMost) {
            problems.add(organisationName + " has " + colleagues.size() + " participants across "
                    + count(k, "set", "sets") + ", so only " + count(setsThatNeedAtMost, "set needs", "sets need")
                    + " " + atMost + " of them, but " + Wording.list(setsAtMost) + " each have " + atMost
                    + " pinned.");
        }
    }

    private static void checkManagersCanBeApart(AllocationPlan plan, List<String> problems) {
        if (plan.sets().size() > 1) {
            // With one line manager each, two or more sets can keep every link apart (short of circular records);
            // a single set certainly cannot.
            return;
        }
        Map<String, Participant> byId = plan.participantsById();
        plan.managersAmongParticipants()
                .forEach((report, manager) -> problems.add("There is only one set, so "
                        + byId.get(report).displayName() + " would be in the same set as their line manager, "
                        + byId.get(manager).displayName() + "."));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
