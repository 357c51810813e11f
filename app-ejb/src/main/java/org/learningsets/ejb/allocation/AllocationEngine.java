package org.learningsets.ejb.allocation;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationCompositionStyle;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.learningsets.model.common.InvalidInputException;

/**
 * Splits participants into learning sets with Timefold Solver and explains the result rule by rule. Plain Java:
 * no container needed. An engine is safe to share between threads and is worth keeping, since building the
 * solver factory analyses the planning classes; each call to {@link #allocate} solves on the calling thread.
 * <p>
 * Two phases: the construction step places every participant and has no time limit, so even a slow server gets a
 * whole allocation; only the improving search after it is limited (by time, or by steps, see
 * {@link SolverSettings}). A time limit on the whole solve used to cut the construction short on a loaded machine
 * and leave people unplaced.
 */
public class AllocationEngine {

    private final SolverFactory<AllocationSolution> solverFactory;

    /** An engine with {@link SolverSettings#defaults()}. */
    public AllocationEngine() {
        this(SolverSettings.defaults());
    }

    public AllocationEngine(SolverSettings settings) {
        // Timefold's own default: checks only at phase boundaries, so it costs next to nothing.
        this(settings, EnvironmentMode.PHASE_ASSERT);
    }

    /** With a chosen environment mode, so tests can have the solver check its own incremental scores. */
    AllocationEngine(SolverSettings settings, EnvironmentMode environmentMode) {
        if (settings == null) {
            throw new InvalidInputException("Solver settings are required.");
        }
        SolverConfig config = new SolverConfig()
                .withSolutionClass(AllocationSolution.class)
                .withEntityClasses(ParticipantAssignment.class, FacilitatorSlot.class)
                .withConstraintProviderClass(AllocationConstraints.class)
                .withEnvironmentMode(environmentMode)
                .withRandomSeed(settings.randomSeed())
                .withPhases(
                        construction(ParticipantAssignment.class, "set"),
                        construction(FacilitatorSlot.class, "facilitator"),
                        new LocalSearchPhaseConfig().withTerminationConfig(termination(settings)));
        this.solverFactory = SolverFactory.create(config);
    }

    /**
     * Places every entity of the class in turn on its best value, as Timefold's default first phases do (one per
     * entity class), with no termination of its own.
     */
    private static ConstructionHeuristicPhaseConfig construction(Class<?> entityClass, String variable) {
        String placing = entityClass.getSimpleName();
        return new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                        .withEntitySelectorConfig(new EntitySelectorConfig(entityClass).withId(placing))
                        .withMoveSelectorConfigList(List.of(new ChangeMoveSelectorConfig()
                                .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef(placing))
                                .withValueSelectorConfig(new ValueSelectorConfig(variable)))));
    }

    /**
     * The improving search stops after the step limit when there is one; otherwise at the time limit, or sooner once
     * no hard rule is broken and the best has stopped improving.
     */
    private static TerminationConfig termination(SolverSettings settings) {
        if (settings.stepLimit() != null) {
            return new TerminationConfig().withStepCountLimit(settings.stepLimit());
        }
        TerminationConfig settled = new TerminationConfig()
                .withTerminationCompositionStyle(TerminationCompositionStyle.AND)
                .withBestScoreFeasible(true)
                .withUnimprovedSpentLimit(settings.unimprovedLimit());
        return new TerminationConfig()
                .withTerminationCompositionStyle(TerminationCompositionStyle.OR)
                .withSpentLimit(settings.spentLimit())
                .withTerminationConfigList(List.of(settled));
    }

    /**
     * Proposes sets for the request.
     *
     * @throws InvalidInputException when the request is incomplete, contradictory or impossible to satisfy; the
     *         message names every problem in plain words
     */
    public AllocationProposal allocate(AllocationRequest request) {
        AllocationPlan plan = AllocationValidator.validate(request);
        AllocationSolution problem = ProblemBuilder.build(plan);

        Solver<AllocationSolution> solver = solverFactory.buildSolver();
        AtomicLong firstFeasibleMillis = new AtomicLong(-1);
        solver.addEventListener(event -> {
            if (firstFeasibleMillis.get() < 0
                    && event.isNewBestSolutionInitialized()
                    && event.getNewBestScore().isFeasible()) {
                firstFeasibleMillis.set(event.getTimeMillisSpent());
            }
        });
        long started = System.nanoTime();
        AllocationSolution solved = solver.solve(problem);
        Duration solvingTime = Duration.ofNanos(System.nanoTime() - started);

        HardSoftScore score = solved.getScore();
        Map<String, String> setOf = new LinkedHashMap<>();
        solved.getAssignments()
                .forEach(a -> setOf.put(a.getParticipantId(), a.getSet().id()));
        Map<String, String> facilitatorOf = new LinkedHashMap<>();
        solved.getFacilitatorSlots()
                .forEach(f -> facilitatorOf.put(f.getSetId(), f.getFacilitator().id()));

        Duration toFeasible = firstFeasibleMillis.get() >= 0
                ? Duration.ofMillis(firstFeasibleMillis.get())
                // The starting solution can already be the best and feasible, in which case no event fires.
                : score.isFeasible() ? solvingTime : null;
        return new AllocationProposal(
                proposedSets(plan, setOf, facilitatorOf),
                score.hardScore(),
                score.softScore(),
                RuleExplainer.explain(plan, setOf, facilitatorOf),
                new SolveStatistics(toFeasible, solvingTime, plan.sets().size()));
    }

    /**
     * Judges an allocation made or edited by hand against the same rules, without solving.
     *
     * @param request the request the allocation answers
     * @param setOf participant id to set id, for every participant
     * @param facilitatorOf set id to facilitator id, for every set when the request has facilitators; otherwise
     *        empty
     * @throws InvalidInputException when the request is invalid or the allocation leaves someone out
     */
    public List<RuleExplanation> review(
            AllocationRequest request, Map<String, String> setOf, Map<String, String> facilitatorOf) {
        AllocationPlan plan = AllocationValidator.validate(request);
        Map<String, String> placements = setOf == null ? Map.of() : setOf;
        Map<String, String> facilitators = facilitatorOf == null ? Map.of() : facilitatorOf;
        List<String> problems = new ArrayList<>();
        List<String> setIds = plan.sets().stream().map(SetDefinition::id).toList();
        for (Participant p : plan.participants()) {
            String set = placements.get(p.id());
            if (set == null || !setIds.contains(set)) {
                problems.add(p.displayName() + " is not in one of the sets.");
            }
        }
        if (!plan.facilitators().isEmpty()) {
            List<String> facilitatorIds =
                    plan.facilitators().stream().map(Facilitator::id).toList();
            for (SetDefinition set : plan.sets()) {
                if (!facilitatorIds.contains(facilitators.get(set.id()))) {
                    problems.add(set.displayName() + " has no facilitator from the list.");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join(" ", problems));
        }
        Map<String, String> facilitatorOfKnownSets = new LinkedHashMap<>();
        if (!plan.facilitators().isEmpty()) {
            plan.sets().forEach(s -> facilitatorOfKnownSets.put(s.id(), facilitators.get(s.id())));
        }
        return RuleExplainer.explain(plan, placements, facilitatorOfKnownSets);
    }

    private static List<ProposedSet> proposedSets(
            AllocationPlan plan, Map<String, String> setOf, Map<String, String> facilitatorOf) {
        Map<String, List<String>> members = new LinkedHashMap<>();
        plan.sets().forEach(s -> members.put(s.id(), new ArrayList<>()));
        plan.participants().forEach(p -> members.get(setOf.get(p.id())).add(p.id()));
        return plan.sets().stream()
                .map(s -> new ProposedSet(s.id(), s.displayName(), members.get(s.id()), facilitatorOf.get(s.id())))
                .toList();
    }
}
