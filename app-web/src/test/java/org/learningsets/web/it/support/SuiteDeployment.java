package org.learningsets.web.it.support;

import java.util.List;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.learningsets.web.it.container.AttendanceTallies;
import org.learningsets.web.it.container.MeetingRecords;

/**
 * The one deployment every in-container test class of a Failsafe run shares (arquillian-suite-extension, named in
 * arquillian.xml): one Payara Micro start, about a minute on two cores, instead of one per class. The classes share
 * one database, as they did before through one data directory, so each creates its own records with unique names and
 * puts back what it moves (the settable clock especially).
 *
 * <p>A new in-container class goes into {@link #CLASSES}: its runner finds it in the deployment or fails the class.
 * Named, since the test classes are package-private in their feature packages.
 */
@ArquillianSuiteDeployment
public final class SuiteDeployment {

    static final List<String> CLASSES = List.of(
            "org.learningsets.web.it.confidentiality.ConfidentialAccessIT",
            "org.learningsets.web.it.allocation.CohortAllocationIT",
            "org.learningsets.web.it.confidentiality.ThemesRetentionAndDataRightsIT",
            "org.learningsets.web.it.dashboard.DashboardServiceIT",
            "org.learningsets.web.it.demo.DemoDataIT",
            "org.learningsets.web.it.development.DevelopmentRecordServicesIT",
            "org.learningsets.web.it.development.ObservationServicesIT",
            "org.learningsets.web.it.development.TraineeshipServicesIT",
            "org.learningsets.web.it.learning.MemberReflectionServicesIT",
            "org.learningsets.web.it.meeting.LiveMeetingServicesIT",
            "org.learningsets.web.it.meeting.MemberMeetingServicesIT",
            "org.learningsets.web.it.meeting.RotaServicesIT",
            "org.learningsets.web.it.participant.ParticipantImportIT",
            "org.learningsets.web.it.programme.ProgrammeLeadServicesIT",
            "org.learningsets.web.it.security.CallersIT",
            "org.learningsets.web.it.security.SecondFactorServiceIT",
            "org.learningsets.web.it.security.TrustSignInServiceIT",
            "org.learningsets.web.it.set.FacilitatorAndMemberServicesIT",
            "org.learningsets.web.it.set.SetLifecycleIT",
            "org.learningsets.web.it.supervision.SupervisionServicesIT");

    private SuiteDeployment() {}

    @Deployment
    public static WebArchive deployment() throws ClassNotFoundException {
        WebArchive war = Deployments.builtWarCallingServicesAsPeopleWithSettableClock(Class.forName(CLASSES.get(0)))
                .addClasses(MeetingRecords.class, AttendanceTallies.class, AttendanceTallies.Tally.class);
        for (String name : CLASSES.subList(1, CLASSES.size())) {
            war.addClass(Class.forName(name));
        }
        return war;
    }
}
