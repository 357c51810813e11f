package org.learningsets.web.it.container;

import java.util.concurrent.Callable;

/** Runs work as a named person holding one role (the role comes from the subclass's @RunAs). */
public abstract class Acting {

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    public <T> T as(String email, Callable<T> work) throws Exception {
        String before = TestCallerIdentity.CURRENT.get();
        TestCallerIdentity.CURRENT.set(email);
        try {
            return work.call();
        } finally {
            TestCallerIdentity.CURRENT.set(before);
        }
    }

    public void run(String email, ThrowingRunnable work) throws Exception {
        as(email, () -> {
            work.run();
            return null;
        });
    }
}
