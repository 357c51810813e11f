package org.learningsets.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Tests deploy the WAR the build produced, not a hand-assembled copy: what is tested is what ships. */
final class Deployments {

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

    private Deployments() {
    }

    static WebArchive builtWar() {
        File war = new File(System.getProperty("app.war", "target/app-web.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** The built WAR plus what an in-container test needs: its class and access to Arquillian's runner. */
    static WebArchive builtWarWithTest(Class<?> testClass) {
        JavaArchive access = ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource(new StringAsset(RUNNER_ACCESS), "web-fragment.xml");
        return builtWar().addClass(testClass).addAsLibrary(access);
    }
}
