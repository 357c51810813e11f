package org.learningsets.web.it.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.learningsets.web.it.container.Acting;
import org.learningsets.web.it.container.AsAdmin;
import org.learningsets.web.it.container.AsFacilitator;
import org.learningsets.web.it.container.AsMember;
import org.learningsets.web.it.container.Fixtures;
import org.learningsets.web.it.container.Refusals;
import org.learningsets.web.it.container.SetWorlds;
import org.learningsets.web.it.container.SettableClock;
import org.learningsets.web.it.container.TestCallerIdentity;

/** Tests deploy the WAR the build produced, not a hand-assembled copy: what is tested is what ships. */
public final class Deployments {

    /**
     * The application denies every path to anonymous callers; Arquillian's in-container runner (added by Arquillian
     * as a web fragment) must be reachable, so tests that run inside add a fragment opening that one exact path.
     */
    private static final String RUNNER_ACCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <name>arquillian_runner_access</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>Arquillian test runner</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>
            """;

    /**
     * Payara gives a {@code @RunAs} bean its role only through a run-as principal mapped to that role; the group
     * mapping is kept, so signed-in people keep their roles too.
     */
    private static final String RUN_AS_MAPPING = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE glassfish-ejb-jar PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 EJB 3.1//EN"
                "http://glassfish.org/dtds/glassfish-ejb-jar_3_1-1.dtd">
            <glassfish-ejb-jar>
                %s
                <enterprise-beans>
                    %s
                </enterprise-beans>
            </glassfish-ejb-jar>
            """;

    private static final String WEB_ROLE_MAPPING = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE glassfish-web-app PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Servlet 3.0//EN"
                "http://glassfish.org/dtds/glassfish-web-app_3_0-1.dtd">
            <glassfish-web-app>
                %s
            </glassfish-web-app>
            """;

    private Deployments() {}

    public static WebArchive builtWar() {
        File war = new File(System.getProperty("app.war", "target/app-web.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** The demo and benchmark WAR: the built one with the data generator (app-scale) added. */
    public static WebArchive benchWar() {
        File war = new File(System.getProperty("app.bench.war", "target/app-web-bench.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** An in-container deployment whose {@code As<Role>} beans call services in that role. */
    public static WebArchive builtWarWithRunAs(Class<?> testClass, Class<?>... support) {
        StringBuilder mappings = new StringBuilder();
        StringBuilder beans = new StringBuilder();
        for (String role : new String[] {"ADMIN", "FACILITATOR", "MEMBER"}) {
            String principal = "run-as-" + role.toLowerCase();
            String bean = "As" + role.charAt(0) + role.substring(1).toLowerCase();
            mappings.append("<security-role-mapping><role-name>")
                    .append(role)
                    .append("</role-name><principal-name>")
                    .append(principal)
                    .append("</principal-name><group-name>")
                    .append(role)
                    .append("</group-name></security-role-mapping>");
            beans.append("<ejb><ejb-name>")
                    .append(bean)
                    .append("</ejb-name><principal><name>")
                    .append(principal)
                    .append("</name></principal></ejb>");
        }
        WebArchive war = builtWarWithTest(testClass)
                .addClasses(support)
                .addAsWebInfResource(
                        new StringAsset(RUN_AS_MAPPING.formatted(mappings, beans)), "glassfish-ejb-jar.xml");
        // Payara reads payara-web.xml instead of glassfish-web.xml when the WAR has one (it does, for the session
        // settings): the role mappings go into it, next to what the application put there.
        String payaraWeb = "WEB-INF/payara-web.xml";
        Node existing = war.get(payaraWeb);
        if (existing == null) {
            return war.addAsWebInfResource(new StringAsset(WEB_ROLE_MAPPING.formatted(mappings)), "glassfish-web.xml");
        }
        String content;
        try (InputStream in = existing.getAsset().openStream()) {
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.delete(payaraWeb);
        return war.addAsWebInfResource(
                new StringAsset(content.replace("</payara-web-app>", mappings + "\n</payara-web-app>")),
                "payara-web.xml");
    }

    /**
     * For tests that call services as named people in each role: the run-as beans, the test caller identity and
     * the fixtures (package {@code org.learningsets.web.it.container}).
     */
    public static WebArchive builtWarCallingServicesAsPeople(Class<?> testClass) {
        return builtWarWithRunAs(
                testClass,
                TestCallerIdentity.class,
                Acting.class,
                Acting.ThrowingRunnable.class,
                AsAdmin.class,
                AsFacilitator.class,
                AsMember.class,
                Fixtures.class,
                Fixtures.TestPerson.class,
                Refusals.class,
                SetWorlds.class,
                SetWorlds.SetWorld.class);
    }

    /** As {@link #builtWarCallingServicesAsPeople}, with the application clock replaced by {@link SettableClock}. */
    public static WebArchive builtWarCallingServicesAsPeopleWithSettableClock(Class<?> testClass) {
        return builtWarCallingServicesAsPeople(testClass).addClass(SettableClock.class);
    }

    /** The built WAR plus what an in-container test needs: its class and access to Arquillian's runner. */
    public static WebArchive builtWarWithTest(Class<?> testClass) {
        JavaArchive access = ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource(new StringAsset(RUNNER_ACCESS), "web-fragment.xml");
        return builtWar().addClass(testClass).addAsLibrary(access);
    }
}
