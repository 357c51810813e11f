package org.learningsets.model.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInFailuresTest {

    private static final Instant T = Instant.parse("2027-03-01T09:00:00Z");

    @Test
    void theFifthFailureBlocksAndEachOneAfterBlocksTwiceAsLongUpToFifteenMinutes() {
        SignInFailures f = new SignInFailures("h");
        for (int i = 1; i < SignInFailures.FREE_ATTEMPTS; i++) {
            f.failed(T);
            assertEquals(Optional.empty(), f.blockedAt(T), "failure " + i + " is free");
        }
        long[] seconds = {30, 60, 120, 240, 480, 900, 900};
        for (long s : seconds) {
            f.failed(T);
            assertEquals(Optional.of(T.plusSeconds(s)), f.blockedAt(T));
            assertTrue(f.blockedAt(T.plusSeconds(s)).isEmpty(), "free again at the end of the block");
        }
    }

    @Test
    void anHourWithoutFailuresStartsTheCountAgain() {
        SignInFailures f = new SignInFailures("h");
        for (int i = 0; i < 5; i++) {
            f.failed(T);
        }
        Instant later = T.plus(Duration.ofMinutes(61));
        f.failed(later);
        assertEquals(1, f.getFailures());
        assertEquals(Optional.empty(), f.blockedAt(later));
    }
}
