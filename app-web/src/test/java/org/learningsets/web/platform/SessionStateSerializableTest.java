package org.learningsets.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sessions replicate between cluster nodes (web.xml {@code <distributable/>}, docs/two-nodes.md): Faces
 * keeps @ViewScoped beans in the session, so every view- and session-scoped bean, the signed-in caller and
 * everything they hold must be Serializable, or the other node never gets the session. Checks the declared types
 * of every non-transient field, through generic type arguments (a {@code List<Row>} needs a Serializable Row) and
 * into the application's own classes and records. Fields the container injects (@Inject, @EJB) hold proxies or EJB
 * references that the container serializes itself; they must not be transient, as nothing injects them again when
 * the other node reads the session (a transient one is null there).
 */
class SessionStateSerializableTest {

    private static final String OWN_PACKAGE = "org.learningsets.";

    private final List<String> problems = new ArrayList<>();
    private final Set<Class<?>> checked = new HashSet<>();

    @Test
    void everythingASessionHoldsIsSerializable() throws Exception {
        List<Class<?>> roots = sessionHeldClasses();
        assertTrue(roots.size() >= 20, "the scan found the view-scoped beans: " + roots);
        for (Class<?> root : roots) {
            checkClass(root, root.getSimpleName());
        }
        assertEquals(List.of(), problems, "session-held state that a cluster could not replicate");
    }

    @Test
    void theCheckFindsWhatIsNotSerializable() {
        checkClass(Holder.class, "Holder");
        assertEquals(
                List.of(
                        "Holder.rows<>: " + Unserializable.class.getName() + " is not Serializable",
                        "Holder.thing: " + Unserializable.class.getName() + " is not Serializable",
                        "Holder.things[]: " + Unserializable.class.getName() + " is not Serializable",
                        "Holder.nested.inner: " + Unserializable.class.getName() + " is not Serializable",
                        "Holder.anything: java.lang.Object is not Serializable",
                        "Holder.service: injected but transient, so null on the other node"),
                problems);
    }

    private void checkClass(Class<?> type, String path) {
        if (type.isPrimitive()) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        // The JDK's own types and enums serialize themselves; our classes are checked field by field, once each.
        if (!type.getName().startsWith(OWN_PACKAGE) || type.isEnum() || !checked.add(type)) {
            return;
        }
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                boolean injected = field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class);
                if (injected && Modifier.isTransient(modifiers)) {
                    problems.add(path + "." + field.getName() + ": injected but transient, so null on the other node");
                }
                if (injected
                        || Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isSynthetic()) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName());
            }
        }
    }

    private void checkType(Type type, String path) {
        if (type instanceof Class<?> plain) {
            if (plain.isArray()) {
                checkType(plain.getComponentType(), path + "[]");
            } else if (!isCollectionInterface(plain)) {
                checkClass(plain, path);
            }
        } else if (type instanceof ParameterizedType generic) {
            checkType(generic.getRawType(), path);
            for (Type argument : generic.getActualTypeArguments()) {
                checkType(argument, path + "<>");
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]");
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                checkType(bound, path);
            }
        }
    }

    /** List, Set, Map and the like: the interface is not Serializable, the JDK's implementations are. */
    private static boolean isCollectionInterface(Class<?> type) {
        return type.isInterface()
                && type.getName().startsWith("java.util.")
                && (java.util.Collection.class.isAssignableFrom(type) || java.util.Map.class.isAssignableFrom(type));
    }

    /** Classes that Faces or CDI keep in the session, found in this module's compiled classes. */
    private static List<Class<?>> sessionHeldClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Messages.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class)
                        || type.isAnnotationPresent(SessionScoped.class)
                        || type.isAnnotationPresent(ConversationScoped.class)
                        || type.getName().equals("org.learningsets.web.security.SignInMechanism$SignedIn")) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    static final class Unserializable {}

    record Nested(Unserializable inner) implements Serializable {}

    @SuppressWarnings("unused")
    static final class Holder implements Serializable {
        private List<Unserializable> rows;
        private Unserializable thing;
        private Unserializable[] things;
        private Nested nested;
        private Object anything;
        private transient Unserializable skipped;

        @Inject
        private transient Unserializable service;

        private List<String> fine;
    }
}
