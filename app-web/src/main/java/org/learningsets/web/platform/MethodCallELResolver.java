package org.learningsets.web.platform;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Method calls in page expressions ({@code #{meeting.canControl()}}, a record's accessors, {@code 'a'.concat(b)}),
 * with the method looked up once per class, name and number of arguments. Jakarta EL 5's own resolver calls
 * {@code Class.getMethods()}, which copies every public method of the class, at every call: on the live meeting
 * page that was about a twentieth of the server's CPU. This resolver takes only the plain case (a public class, one
 * public instance method of that name and number of arguments, not varargs, arguments converted by EL's own rules)
 * and leaves every other call, and every method expression with declared parameter types, to the standard resolver.
 */
public final class MethodCallELResolver extends ELResolver {

    private static final ClassValue<ConcurrentMap<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected ConcurrentMap<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name) || paramTypes != null) {
            return null;
        }
        int arity = params == null ? 0 : params.length;
        Optional<Method> found = METHODS.get(base.getClass())
                .computeIfAbsent(name + '/' + arity, k -> find(base.getClass(), name, arity));
        if (found.isEmpty()) {
            return null;
        }
        Method m = found.get();
        Object[] args = new Object[arity];
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < arity; i++) {
            args[i] = context.convertToType(params[i], types[i]);
        }
        context.setPropertyResolved(base, method);
        try {
            return m.invoke(base, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof ELException el ? el : new ELException(cause);
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    /** The one public instance method of the public class with that name and number of parameters, if there is one. */
    static Optional<Method> find(Class<?> type, String name, int arity) {
        if (!accessible(type)) {
            return Optional.empty();
        }
        Method found = null;
        for (Method m : type.getMethods()) {
            if (!m.getName().equals(name) || m.getParameterCount() != arity || m.isBridge()) {
                continue;
            }
            if (found != null || m.isVarArgs() || Modifier.isStatic(m.getModifiers())) {
                return Optional.empty();
            }
            found = m;
        }
        if (found == null || !accessible(found.getDeclaringClass())) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    /** Public, and in a package its module exports (a JDK class's internals are not). */
    private static boolean accessible(Class<?> type) {
        return Modifier.isPublic(type.getModifiers()) && type.getModule().isExported(type.getPackageName());
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Not a property resolver: nothing to set.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
