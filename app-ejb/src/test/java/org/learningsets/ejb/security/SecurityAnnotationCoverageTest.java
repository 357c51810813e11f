package org.learningsets.ejb.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.learningsets.ejb.startup.ApplicationStartup;

/**
 * Deny by default, declared everywhere: every public business method of every session bean in app-ejb says who
 * may call it (@RolesAllowed, @PermitAll or @DenyAll, on the method or its class). A new bean or method without
 * one fails the build.
 */
class SecurityAnnotationCoverageTest {

    @Test
    void everyPublicBusinessMethodDeclaresWhoMayCallIt() throws Exception {
        List<Class<?>> beans = sessionBeans();
        assertTrue(beans.size() >= 10, "the scan found the session beans: " + beans);
        List<String> missing = new ArrayList<>();
        for (Class<?> bean : beans) {
            for (Method method : bean.getDeclaredMethods()) {
                if (isBusinessMethod(method) && !declaresAccess(method) && !declaresAccess(bean)) {
                    missing.add(bean.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), missing, "public EJB methods without @RolesAllowed/@PermitAll/@DenyAll");
    }

    private static boolean isBusinessMethod(Method method) {
        return Modifier.isPublic(method.getModifiers())
                && !Modifier.isStatic(method.getModifiers())
                && !method.isSynthetic()
                && !method.isAnnotationPresent(PostConstruct.class)
                && !method.isAnnotationPresent(PreDestroy.class);
    }

    private static boolean declaresAccess(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class)
                || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    private static List<Class<?>> sessionBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(ApplicationStartup.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, SecurityAnnotationCoverageTest.class.getClassLoader());
                if (type.isAnnotationPresent(Stateless.class)
                        || type.isAnnotationPresent(Singleton.class)
                        || type.isAnnotationPresent(Stateful.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}
