package org.learningsets.web.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every in-container test class (run with Arquillian) is in the shared deployment's list, and nothing else is. */
class SuiteDeploymentTest {

    @Test
    void theSuiteDeploymentListsExactlyTheInContainerTestClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(SuiteDeployment.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<String> inContainer;
        try (Stream<Path> files = Files.walk(classes.resolve("org/learningsets/web/it"))) {
            inContainer = files.map(f -> classes.relativize(f).toString())
                    .filter(f -> f.endsWith("IT.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .filter(SuiteDeploymentTest::runsInTheContainer)
                    .sorted()
                    .toList();
        }
        assertEquals(inContainer, SuiteDeployment.CLASSES.stream().sorted().toList());
    }

    private static boolean runsInTheContainer(String name) {
        try {
            ExtendWith extensions = Class.forName(name).getAnnotation(ExtendWith.class);
            return extensions != null && List.of(extensions.value()).contains(ArquillianExtension.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
