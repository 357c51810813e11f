package org.learningsets.ejb.scale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.Instant;

/**
 * Where the one generation this server runs at a time has got to, for the administrator's progress bar. Kept in
 * memory only: the data itself says whether a generation happened (see {@link ScaleGenerator#hasGeneratedData}).
 */
// Written by ScaleGenerator and read through ScaleDataService (programme leads); no data of anyone in it.
@PermitAll
@Singleton
@Lock(LockType.READ)
public class ScaleProgress {

    /** A copy of the progress at one moment. */
    public record Snapshot(
            State state,
            double scale,
            int stepsDone,
            int steps,
            String step,
            Instant started,
            Duration took,
            String failure) {

        public int percent() {
            return steps == 0 ? 0 : (int) (100L * stepsDone / steps);
        }

        public boolean idle() {
            return state == State.IDLE;
        }

        public boolean running() {
            return state == State.RUNNING;
        }

        public boolean done() {
            return state == State.DONE;
        }

        public boolean failed() {
            return state == State.FAILED;
        }
    }

    public enum State {
        IDLE,
        RUNNING,
        DONE,
        FAILED
    }

    private volatile Snapshot current = new Snapshot(State.IDLE, 0, 0, 0, null, null, null, null);

    public Snapshot snapshot() {
        return current;
    }

    /** False (and nothing changes) when a generation is already running. */
    @Lock(LockType.WRITE)
    public boolean begin(ScaleShape shape, Instant when) {
        if (current.state() == State.RUNNING) {
            return false;
        }
        current = new Snapshot(State.RUNNING, shape.scale(), 0, shape.steps(), "Starting", when, null, null);
        return true;
    }

    @Lock(LockType.WRITE)
    public void stepDone(String next) {
        Snapshot s = current;
        current = new Snapshot(s.state(), s.scale(), s.stepsDone() + 1, s.steps(), next, s.started(), null, null);
    }

    @Lock(LockType.WRITE)
    public void finish(Instant when) {
        Snapshot s = current;
        current = new Snapshot(
                State.DONE,
                s.scale(),
                s.steps(),
                s.steps(),
                null,
                s.started(),
                Duration.between(s.started(), when),
                null);
    }

    @Lock(LockType.WRITE)
    public void fail(String reason, Instant when) {
        Snapshot s = current;
        current = new Snapshot(
                State.FAILED,
                s.scale(),
                s.stepsDone(),
                s.steps(),
                s.step(),
                s.started(),
                Duration.between(s.started(), when),
                reason);
    }
}
