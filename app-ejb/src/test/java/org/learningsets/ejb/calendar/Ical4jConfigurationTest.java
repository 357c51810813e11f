package org.learningsets.ejb.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import net.fortuna.ical4j.model.TimeZoneUpdater;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;

/** ical4j must never go online for time zone definitions: our ical4j.properties is read and wins. */
class Ical4jConfigurationTest {

    private static final String UPDATE_ENABLED = "net.fortuna.ical4j.timezone.update.enabled";

    @Test
    void ourPropertiesFileIsRead() {
        assertEquals(Optional.of("false"), Configurator.getProperty(UPDATE_ENABLED));
        assertEquals(
                Optional.of("net.fortuna.ical4j.util.MapTimeZoneCache"),
                Configurator.getProperty("net.fortuna.ical4j.timezone.cache.impl"));
    }

    /** The file is consulted before system properties, so a server-wide -D setting cannot switch updates on. */
    @Test
    void systemPropertyCannotSwitchUpdatesOn() {
        String before = System.getProperty(UPDATE_ENABLED);
        System.setProperty(UPDATE_ENABLED, "true");
        try {
            assertFalse(new TimeZoneUpdater().isEnabled());
        } finally {
            if (before == null) {
                System.clearProperty(UPDATE_ENABLED);
            } else {
                System.setProperty(UPDATE_ENABLED, before);
            }
        }
    }
}
