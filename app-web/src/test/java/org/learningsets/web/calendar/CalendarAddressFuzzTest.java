package org.learningsets.web.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.learningsets.ejb.security.Secrets;

/**
 * The calendar addresses' parameter (/calendar/feed/SECRET.ics, /calendar/meeting/ID.ics) under Jazzer, without a
 * server: whatever path the container passes, reading the name never fails, gives back exactly what sits between
 * "/" and ".ics" (or "", which the services refuse), and only a well-formed secret is ever hashed and looked up.
 * A plain `mvn test` replays src/test/resources/org/learningsets/web/calendar/CalendarAddressFuzzTestInputs/.
 */
class CalendarAddressFuzzTest {

    @FuzzTest(maxDuration = "1m")
    void nameInAnyPath(FuzzedDataProvider data) {
        String pathInfo = data.consumeRemainingAsString();
        String name = CalendarAddress.nameIn(pathInfo);
        if (!name.isEmpty()) {
            assertEquals(pathInfo, "/" + name + ".ics");
        }
        // What CalendarService.feed does with it before any query: only a token's shape is looked up, by its hash.
        if (Secrets.TOKEN.matcher(name).matches()) {
            assertEquals(43, name.length());
            assertTrue(Secrets.sha256(name).matches("[0-9a-f]{64}"));
        }
    }
}
