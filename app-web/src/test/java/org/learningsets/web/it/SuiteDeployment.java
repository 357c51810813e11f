package org.learningsets.web.it;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.learningsets.web.it.container.MeetingRecords;

/**
 * The one deployment every in-container test class of a Failsafe run shares (arquillian-suite-extension, named in
 * arquillian.xml): one Payara Micro start, about a minute on two cores, instead of one per class. The classes share
 * one database, as they did before through one data directory, so each creates its own records with unique names and
 * puts back what it moves (the settable clock especially). A new in-container class: add it here.
 */
@ArquillianSuiteDeployment
final class SuiteDeployment {

    private SuiteDeployment() {
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWarCallingServicesAsPeopleWithSettableClock(ConfidentialAccessIT.class)
                .addClasses(DashboardServiceIT.class, DemoDataIT.class, FacilitatorAndMemberServicesIT.class,
                        LiveMeetingServicesIT.class, MemberMeetingServicesIT.class, MemberReflectionServicesIT.class,
                        ParticipantImportIT.class, ProgrammeLeadServicesIT.class, SetLifecycleIT.class,
                        ThemesRetentionAndDataRightsIT.class, MeetingRecords.class);
    }
}
