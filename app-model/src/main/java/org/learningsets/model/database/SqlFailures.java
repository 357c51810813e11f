package org.learningsets.model.database;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A failure and its causes, each once, with every SQLException's chained "next" exceptions right after it: where a
 * database's own reason (its SQLState) may hide, whichever layer wrapped it.
 */
public final class SqlFailures {

    private SqlFailures() {}

    public static List<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
            if (t instanceof SQLException sql) {
                for (SQLException e = sql.getNextException(); e != null && seen.add(e); e = e.getNextException()) {
                    chain.add(e);
                }
            }
        }
        return chain;
    }

    /** The SQLStates in {@link #chain}, in order (nulls left out). */
    public static List<String> states(Throwable failure) {
        return chain(failure).stream()
                .filter(SQLException.class::isInstance)
                .map(t -> ((SQLException) t).getSQLState())
                .filter(s -> s != null)
                .toList();
    }
}
