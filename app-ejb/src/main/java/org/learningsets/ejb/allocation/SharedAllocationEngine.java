package org.learningsets.ejb.allocation;

import jakarta.enterprise.context.ApplicationScoped;

/** One engine for the application: building it analyses the planning classes, and it is safe to share. */
@ApplicationScoped
public class SharedAllocationEngine {

    private volatile AllocationEngine engine;

    public AllocationEngine get() {
        AllocationEngine current = engine;
        if (current == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = new AllocationEngine();
                }
                current = engine;
            }
        }
        return current;
    }
}
