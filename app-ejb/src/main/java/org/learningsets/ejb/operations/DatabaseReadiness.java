package org.learningsets.ejb.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.learningsets.ejb.platform.ApplicationDatabase;
import org.learningsets.ejb.platform.ApplicationStatus;

/**
 * Ready when start-up succeeded and the database answers within two seconds; DOWN (HTTP 503 on /health/ready)
 * when it is away, so a load balancer stops sending people here.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "learningsets-database";

    @Inject
    ApplicationDatabase database;

    @Inject
    ApplicationStatus status;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        if (status.failure().isPresent()) {
            return response.down().withData("startup", status.failure().get()).build();
        }
        long started = System.nanoTime();
        try (Connection connection = database.dataSource().getConnection()) {
            // The pool validates a connection at most every 2 s, so one to a database that has just stopped can
            // come back from the pool and fail here: unreachable too, as when no connection can be made.
            if (!connection.isValid(2)) {
                return response.down()
                        .withData("database", "unreachable: no answer within 2 seconds")
                        .build();
            }
            return response.up()
                    .withData("database", connection.getMetaData().getDatabaseProductName())
                    .withData("answeredInMs", (System.nanoTime() - started) / 1_000_000)
                    .build();
        } catch (SQLException e) {
            return response.down()
                    .withData("database", "unreachable: " + e.getMessage())
                    .build();
        }
    }
}
