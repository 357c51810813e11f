package org.learningsets.ejb.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live unless a heap pool is still over 98% full right after a garbage collection: the state in which only a
 * restart helps. (Usage between collections says little, so the after-collection figure is used.) The database's
 * state belongs to readiness, not here.
 */
@Liveness
@ApplicationScoped
public class HeapLiveness implements HealthCheck {

    static final double LIMIT = 0.98;

    @Override
    public HealthCheckResponse call() {
        double fullest = 0;
        String pool = "none";
        for (MemoryPoolMXBean bean : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = bean.getCollectionUsage();
            long max = bean.getUsage().getMax();
            if (bean.getType() == MemoryType.HEAP && afterGc != null && max > 0) {
                double ratio = (double) afterGc.getUsed() / max;
                if (ratio >= fullest) {
                    fullest = ratio;
                    pool = bean.getName();
                }
            }
        }
        return HealthCheckResponse.named("learningsets-heap")
                .status(fullest < LIMIT)
                .withData("fullestPoolAfterGc", pool)
                .withData("percentUsedAfterGc", Math.round(fullest * 100))
                .build();
    }
}
