package org.learningsets.web.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.ReferencedClassObject;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.faces.context.Flash;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learningsets.ejb.confidentiality.SetContentAccess;
import org.learningsets.ejb.platform.Find;
import org.learningsets.model.confidentiality.EncryptedText;

/**
 * Rules on how the code hangs together, checked on the compiled classes of all three modules (app-web's test
 * classpath holds them). Why each rule exists is in docs/architecture.md, "Rules on the code".
 */
class ArchitectureTest {

    /**
     * Beans that need neither a class-wide role nor one per method, with the reason. Keep it short: a new bean
     * belongs here only when no caller exists to check.
     */
    static final Map<String, String> UNCHECKED_BEANS = Map.of(
            "org.learningsets.ejb.startup.ApplicationStartup",
            "runs once at start-up (@Startup), before anyone signs in; it has no business method to call");

    /**
     * Confidential records (entities holding encrypted text) that are their author's alone rather than the set's,
     * with the package whose service checks the author: these are loaded by id there, not through the set gate.
     */
    static final Map<String, String> AUTHOR_PRIVATE = Map.of(
            "org.learningsets.model.learning.LearningLogEntry", "org.learningsets.ejb.learning",
            "org.learningsets.model.evaluation.MeetingReview", "org.learningsets.ejb.evaluation",
            "org.learningsets.model.evaluation.EvaluationResponse", "org.learningsets.ejb.evaluation",
            "org.learningsets.model.evaluation.PulseResponse", "org.learningsets.ejb.evaluation",
            // Mail is the application's own, sent to one person; the outbox page is the administrators'.
            "org.learningsets.model.mail.OutboxMail", "org.learningsets.ejb.mail");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.learningsets");
        assertTrue(
                main.contain(SetContentAccess.class) && main.contain("org.learningsets.web.set.SetPageBacking"),
                "the import sees the classes of app-ejb and app-web");
    }

    /** The web module sees records and exceptions: persistence stays behind the EJB services. */
    @Test
    void theWebModuleNeverTouchesPersistence() {
        noClasses()
                .that()
                .resideInAPackage("org.learningsets.web..")
                .should()
                .dependOnClassesThat(
                        are(assignableTo(EntityManager.class)).or(assignableTo(EntityManagerFactory.class)))
                .orShould()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .because("pages and beans get records from services; an entity in the web module would be read "
                        + "outside the transaction and the confidentiality gate")
                .check(main);
    }

    /**
     * Dependencies that close a cycle between feature packages today, each kept on purpose: the class that depends,
     * the package it depends on, and why. Any other cycle fails the build; the cycles are listed in
     * docs/architecture.md.
     */
    static final List<KnownCycleEdge> KNOWN_CYCLE_EDGES = List.of(
            new KnownCycleEdge(
                    "org.learningsets.model.set.GroundRules",
                    "org.learningsets.model.confidentiality",
                    "ground rules are encrypted text, and the cipher shares its package with the audit entry, which "
                            + "names the set it audits"),
            new KnownCycleEdge(
                    "org.learningsets.model.programme.ProgrammeChange",
                    "org.learningsets.model.set",
                    "a programme's history names the set a change was made to"),
            new KnownCycleEdge(
                    "org.learningsets.ejb.meeting.BidService",
                    "org.learningsets.ejb.issue",
                    "a bid on a new issue raises it through IssueService, so it gets the same checks and audit"),
            new KnownCycleEdge(
                    "org.learningsets.ejb.meeting.LiveMeetingService",
                    "org.learningsets.ejb.action",
                    "an action agreed in a round is added through ActionPlans, as on the issue page"),
            new KnownCycleEdge(
                    "org.learningsets.ejb.meeting.MeetingOverviewService",
                    "org.learningsets.ejb.set",
                    "the facilitator's meeting overview shows who agreed the ground rules (RulesAgreements), while "
                            + "the set's pages list its meetings (MeetingDetails)"),
            new KnownCycleEdge(
                    "org.learningsets.ejb.meeting.ScheduleService",
                    "org.learningsets.ejb.set",
                    "planning a set's meetings applies its placement rules (PlacementRules), while the set's pages "
                            + "list its meetings"),
            new KnownCycleEdge(
                    "org.learningsets.ejb.security.SecondFactorService",
                    "org.learningsets.ejb.confidentiality",
                    "two-step sign-in secrets are encrypted with the data keys (ConfidentialTextKeys), while the audit "
                            + "and key services name their caller (Callers)"));

    record KnownCycleEdge(String origin, String targetPackage, String reason) {}

    /** A feature package may use another, but never round in a circle: each can be understood on its own. */
    @Test
    void featurePackagesHaveNoCycles() {
        var rule = slices().matching("org.learningsets.(*).(*)..")
                .namingSlices("$1.$2")
                .should()
                .beFreeOfCycles();
        for (KnownCycleEdge edge : KNOWN_CYCLE_EDGES) {
            rule = rule.ignoreDependency(
                    describe(
                            edge.origin(),
                            c -> c.getName().equals(edge.origin())
                                    || c.getName().startsWith(edge.origin() + "$")),
                    describe(edge.targetPackage(), c -> c.getPackageName().equals(edge.targetPackage())));
        }
        rule.check(main);
    }

    /** Each known cycle edge still exists: one that went away comes off the list. */
    @Test
    void everyKnownCycleEdgeStillExists() {
        for (KnownCycleEdge edge : KNOWN_CYCLE_EDGES) {
            assertTrue(
                    main.get(edge.origin()).getDirectDependenciesFromSelf().stream()
                            .anyMatch(d -> d.getTargetClass().getPackageName().equals(edge.targetPackage())),
                    edge.origin() + " still depends on " + edge.targetPackage() + ": " + edge.reason());
        }
    }

    /** Deny by default: every session bean says who may call it, for the whole class or for each public method. */
    @Test
    void everySessionBeanDeclaresWhoMayCallIt() {
        classes()
                .that()
                .areAnnotatedWith(Stateless.class)
                .or()
                .areAnnotatedWith(Singleton.class)
                .and()
                .arePublic()
                .and(describe("are not listed with a reason", c -> !UNCHECKED_BEANS.containsKey(c.getName())))
                .should(declareCallersForTheClassOrEachPublicMethod())
                .check(main);
        UNCHECKED_BEANS.keySet().forEach(name -> assertTrue(main.contain(name), name + " still exists"));
    }

    /**
     * A confidential record is loaded by id (EntityManager.find or getReference, Find.byId) only through the gate,
     * which checks the caller against its set in the same call; author-private records only in their own feature's
     * service, which checks the author. Lists come from queries after the set passed the gate (not checked here).
     */
    @Test
    void confidentialRecordsAreLoadedByIdOnlyThroughTheGate() {
        List<String> misplaced = new ArrayList<>();
        List<String> gateLoads = new ArrayList<>();
        for (JavaClass owner : main) {
            for (JavaCodeUnit unit : owner.getCodeUnits()) {
                for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
                    if (!isLoadById(call)) {
                        continue;
                    }
                    for (JavaClass loaded : confidentialClassObjectsOnLine(unit, call.getLineNumber())) {
                        String allowed =
                                AUTHOR_PRIVATE.getOrDefault(loaded.getName(), SetContentAccess.class.getName());
                        boolean ok = AUTHOR_PRIVATE.containsKey(loaded.getName())
                                ? owner.getPackageName().equals(allowed)
                                : owner.getName().equals(allowed);
                        if (owner.isEquivalentTo(SetContentAccess.class)) {
                            gateLoads.add(loaded.getSimpleName());
                        }
                        if (!ok) {
                            misplaced.add(loaded.getSimpleName() + " loaded by id in " + call.getDescription()
                                    + "; allowed only in " + allowed);
                        }
                    }
                }
            }
        }
        assertTrue(
                gateLoads.containsAll(List.of("Issue", "Action")),
                "the rule sees the gate's own loads (so it would see others): " + gateLoads);
        assertTrue(misplaced.isEmpty(), String.join("\n", misplaced));
    }

    /**
     * Nothing uses the Faces flash, directly or through OmniFaces: in a distributable application Mojarra 4.0 puts its
     * one map of everyone's flashes into each session, which the data grid then copies at every request. A page hands
     * its messages and values to the next one through {@code AfterRedirect}, in the person's own session.
     */
    @Test
    void noPageUsesTheFacesFlash() {
        noClasses()
                .that()
                .resideInAPackage("org.learningsets..")
                .should()
                .callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("getFlash")))
                .orShould()
                .callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.nameStartingWith("addFlash")))
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(Flash.class)
                .because("the flash of every person would travel in each session (AfterRedirect)")
                .check(main);
    }

    /**
     * Query rows are records made by JPQL {@code select new} (beside their entity in app-model), never {@code Object[]}
     * read by position and cast: a changed query then fails where it is read, not with a ClassCastException.
     */
    @Test
    void queriesNeverAnswerWithObjectArrays() {
        List<String> found = new ArrayList<>();
        for (JavaClass owner : main) {
            for (JavaCodeUnit unit : owner.getCodeUnits()) {
                unit.getReferencedClassObjects().stream()
                        .filter(r -> r.getRawType().isEquivalentTo(Object[].class))
                        .forEach(r -> found.add(unit.getFullName() + " line " + r.getLineNumber()));
            }
        }
        assertTrue(found.isEmpty(), "Object[].class as a query's result type: " + found);
    }

    @Test
    void everyAuthorPrivateRecordIsConfidentialAndExists() {
        for (String name : AUTHOR_PRIVATE.keySet()) {
            assertTrue(main.contain(name), name);
            assertTrue(main.get(name).isAssignableTo(EncryptedText.class), name + " holds encrypted text");
        }
        assertFalse(AUTHOR_PRIVATE.containsKey("org.learningsets.model.issue.Issue"));
    }

    private static boolean isLoadById(JavaMethodCall call) {
        JavaClass target = call.getTargetOwner();
        String name = call.getName();
        return (target.isAssignableTo(EntityManager.class)
                        && Set.of("find", "getReference").contains(name))
                || (target.isEquivalentTo(Find.class) && name.startsWith("byId"));
    }

    /** The class literals on the call's line: {@code Find.byId(em, Issue.class, ...)} names its type there. */
    private static List<JavaClass> confidentialClassObjectsOnLine(JavaCodeUnit unit, int line) {
        return unit.getReferencedClassObjects().stream()
                .filter(r -> r.getLineNumber() == line)
                .map(ReferencedClassObject::getRawType)
                .filter(t -> t.isAnnotatedWith(Entity.class) && t.isAssignableTo(EncryptedText.class))
                .toList();
    }

    private static ArchCondition<JavaClass> declareCallersForTheClassOrEachPublicMethod() {
        return new ArchCondition<>(
                "declare @RolesAllowed, @PermitAll or @DenyAll on the class or on each public " + "method") {
            @Override
            public void check(JavaClass bean, ConditionEvents events) {
                if (declaresCallers(
                        bean.isAnnotatedWith(RolesAllowed.class),
                        bean.isAnnotatedWith(PermitAll.class),
                        bean.isAnnotatedWith(DenyAll.class))) {
                    return;
                }
                List<JavaMethod> open = bean.getMethods().stream()
                        .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC)
                                && !m.getModifiers().contains(JavaModifier.STATIC)
                                && !m.getModifiers().contains(JavaModifier.SYNTHETIC))
                        .filter(m -> !declaresCallers(
                                m.isAnnotatedWith(RolesAllowed.class),
                                m.isAnnotatedWith(PermitAll.class),
                                m.isAnnotatedWith(DenyAll.class)))
                        .toList();
                boolean anyPublic = bean.getMethods().stream()
                        .anyMatch(m -> m.getModifiers().contains(JavaModifier.PUBLIC));
                if (!anyPublic) {
                    events.add(SimpleConditionEvent.violated(
                            bean,
                            bean.getName()
                                    + " has no public method and no class-wide declaration: list it with a reason"));
                }
                open.forEach(m -> events.add(
                        SimpleConditionEvent.violated(m, m.getFullName() + " says nobody may or may not call it")));
            }
        };
    }

    private static boolean declaresCallers(boolean rolesAllowed, boolean permitAll, boolean denyAll) {
        return rolesAllowed || permitAll || denyAll;
    }
}
