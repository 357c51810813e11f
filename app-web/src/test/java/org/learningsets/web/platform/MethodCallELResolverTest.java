package org.learningsets.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELException;
import jakarta.el.ExpressionFactory;
import jakarta.el.StandardELContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The resolver answers method calls in expressions exactly as Jakarta EL's own does (Expressly, Payara's EL), through
 * the real expression language, and declines the calls it does not take.
 */
class MethodCallELResolverTest {

    public record Round(String label, int minutes, boolean paused) {

        public String minutesFor(int members) {
            return minutes * members + " minutes";
        }

        public String over(String first, String second) {
            return first + second;
        }

        public String over(Integer first, Integer second) {
            return String.valueOf(first + second);
        }

        public String fails() {
            throw new IllegalStateException("refused");
        }
    }

    private static final ExpressionFactory EL = ExpressionFactory.newInstance();

    private static Object eval(String expression, Object round, boolean withResolver, AtomicInteger resolved) {
        StandardELContext context = new StandardELContext(EL);
        if (withResolver) {
            MethodCallELResolver resolver = new MethodCallELResolver();
            context.addELResolver(new jakarta.el.ELResolver() {
                @Override
                public Object invoke(
                        jakarta.el.ELContext c, Object base, Object method, Class<?>[] types, Object[] params) {
                    Object value = resolver.invoke(c, base, method, types, params);
                    if (c.isPropertyResolved()) {
                        resolved.incrementAndGet();
                    }
                    return value;
                }

                @Override
                public Object getValue(jakarta.el.ELContext c, Object base, Object property) {
                    return null;
                }

                @Override
                public Class<?> getType(jakarta.el.ELContext c, Object base, Object property) {
                    return null;
                }

                @Override
                public void setValue(jakarta.el.ELContext c, Object base, Object property, Object value) {}

                @Override
                public boolean isReadOnly(jakarta.el.ELContext c, Object base, Object property) {
                    return false;
                }

                @Override
                public Class<?> getCommonPropertyType(jakarta.el.ELContext c, Object base) {
                    return null;
                }
            });
        }
        context.getVariableMapper().setVariable("r", EL.createValueExpression(round, Round.class));
        context.getVariableMapper().setVariable("list", EL.createValueExpression(List.of(1, 2, 3), List.class));
        return EL.createValueExpression(context, expression, Object.class).getValue(context);
    }

    @Test
    void answersAsTheStandardResolverDoesAndTakesThePlainCalls() {
        Round round = new Round("Round 1", 20, false);
        Map<String, Boolean> expressions = Map.of(
                "#{r.label()}", true,
                "#{r.minutes() + 1}", true,
                "#{not r.paused() and r.minutes() > 10}", true,
                "#{r.minutesFor('7')}", true, // "7" converted to int, as EL converts it
                "#{r.label().concat(r.minutes())}", true, // an Integer to concat(String)
                "#{r.label().toLowerCase()}", true,
                "#{r.over('a', 'b')}", false, // two methods of that name and arity: the standard resolver chooses
                "#{list.size()}", false, // List.of's class is not public: the standard resolver finds List.size
                "#{list.contains(2)}", false);
        expressions.forEach((expression, taken) -> {
            AtomicInteger resolved = new AtomicInteger();
            Object standard = eval(expression, round, false, new AtomicInteger());
            Object ours = eval(expression, round, true, resolved);
            assertEquals(standard, ours, expression);
            assertEquals(taken, resolved.get() > 0, expression + " taken by the resolver");
        });
    }

    @Test
    void anExceptionInTheMethodReachesThePageAsTheStandardResolverSendsIt() {
        ELException e = assertThrows(
                ELException.class, () -> eval("#{r.fails()}", new Round("R", 1, false), true, new AtomicInteger()));
        assertTrue(e.getCause() instanceof IllegalStateException, String.valueOf(e.getCause()));
        assertEquals("refused", e.getCause().getMessage());
    }

    @Test
    void onlyTheOnePublicInstanceMethodOfThatNameAndArityIsTaken() throws Exception {
        assertEquals(
                Round.class.getMethod("label"),
                MethodCallELResolver.find(Round.class, "label", 0).orElseThrow());
        assertTrue(MethodCallELResolver.find(Round.class, "over", 2).isEmpty(), "overloaded: left to EL");
        assertTrue(MethodCallELResolver.find(Round.class, "label", 1).isEmpty(), "no such arity");
        assertTrue(MethodCallELResolver.find(String.class, "valueOf", 1).isEmpty(), "static: left to EL");
        assertTrue(MethodCallELResolver.find(String.class, "formatted", 1).isEmpty(), "varargs: left to EL");
    }
}
