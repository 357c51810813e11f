package org.learningsets.model.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlFailuresTest {

    @Test
    void theChainHoldsEachCauseOnceWithItsNextExceptionsRightAfterIt() {
        SQLException first = new SQLException("statement failed", "40XD0");
        SQLException next = new SQLException("log full", "XSLA4");
        first.setNextException(next);
        IllegalStateException wrapper = new IllegalStateException("wrapped", first);
        assertEquals(List.of(wrapper, first, next), SqlFailures.chain(wrapper));
        assertEquals(List.of("40XD0", "XSLA4"), SqlFailures.states(wrapper));
    }

    @Test
    void aCycleOfCausesOrNextExceptionsEndsTheWalk() {
        SQLException a = new SQLException("a", "08006");
        SQLException b = new SQLException("b");
        a.setNextException(b);
        b.setNextException(a);
        RuntimeException top = new RuntimeException(a);
        a.initCause(top);
        assertEquals(List.of(top, a, b), SqlFailures.chain(top));
        assertEquals(List.of("08006"), SqlFailures.states(top), "a state that is null is left out");
    }
}
