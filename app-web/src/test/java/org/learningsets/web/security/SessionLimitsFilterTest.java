package org.learningsets.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLimitsFilterTest {

    private static final Instant SIGNED_IN = Instant.parse("2027-03-01T08:00:00Z");
    private static final Duration TWELVE_HOURS = Duration.ofMinutes(720);

    @Test
    void aSessionEndsTwelveHoursAfterItBeganHoweverActive() {
        assertFalse(SessionLimitsFilter.tooOld(
                SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(11).plusMinutes(59)), TWELVE_HOURS));
        assertTrue(SessionLimitsFilter.tooOld(SIGNED_IN, SIGNED_IN.plus(TWELVE_HOURS), TWELVE_HOURS));
        assertTrue(SessionLimitsFilter.tooOld(SIGNED_IN, SIGNED_IN.plus(Duration.ofDays(2)), TWELVE_HOURS));
    }
}
