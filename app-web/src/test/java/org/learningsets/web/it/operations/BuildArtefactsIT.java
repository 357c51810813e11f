package org.learningsets.web.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The data generator (app-scale: 15,000 invented people by a click) ships in the demo and benchmark WAR only: the
 * production WAR, which the EAR also carries, has none of it.
 */
class BuildArtefactsIT {

    private static final String GENERATOR_JAR = "WEB-INF/lib/app-scale-";

    @Test
    void theProductionWarHoldsNoDataGenerator() throws IOException {
        try (ZipFile war = new ZipFile(
                Path.of(System.getProperty("app.war", "target/app-web.war")).toFile())) {
            List<String> generator = war.stream()
                    .map(ZipEntry::getName)
                    .filter(name -> name.startsWith(GENERATOR_JAR)
                            || name.contains("/scale/")
                            || name.endsWith("admin/generate.xhtml"))
                    .toList();
            assertEquals(List.of(), generator);
            assertNotNull(war.getEntry("WEB-INF/lib/app-ejb-1.0.0-SNAPSHOT.jar"), "the services are in it");
        }
    }

    @Test
    void theBenchWarAddsTheGeneratorAndItsPage() throws IOException {
        try (ZipFile war = new ZipFile(Path.of(System.getProperty("app.bench.war", "target/app-web-bench.war"))
                .toFile())) {
            List<String> jars = war.stream()
                    .map(ZipEntry::getName)
                    .filter(name -> name.startsWith(GENERATOR_JAR))
                    .toList();
            assertEquals(1, jars.size(), jars.toString());
            try (ZipFile generator = new ZipFile(unpack(war, jars.get(0)).toFile())) {
                assertNotNull(generator.getEntry("META-INF/resources/admin/generate.xhtml"));
                assertNotNull(generator.getEntry("org/learningsets/ejb/scale/ScaleGenerator.class"));
            }
        }
    }

    private static Path unpack(ZipFile war, String entry) throws IOException {
        Path work = Path.of(System.getProperty("it.work.dir", "target/it"));
        Files.createDirectories(work);
        Path jar = work.resolve("app-scale-from-bench-war.jar");
        try (InputStream in = war.getInputStream(war.getEntry(entry))) {
            Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
        }
        assertTrue(Files.size(jar) > 0);
        return jar;
    }
}
