package org.learningsets.ejb.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void lineBreaksAreWrittenAsEscapesSoNoLogEntryCanBeForged() {
        assertEquals(
                "a\\r\\nSEVERE: forged\\nb\\u2028c\\u2029d\\u0085e",
                LogText.oneLine("a\r\nSEVERE: forged\nb\u2028c\u2029d\u0085e"));
        assertEquals("plain text, kept as it is", LogText.oneLine("plain text, kept as it is"));
        assertEquals("null", LogText.oneLine(null));
        assertEquals("42", LogText.oneLine(42));
    }

    @Test
    void theRootCauseIsTheInnermostOne() {
        IllegalStateException root = new IllegalStateException("disk full");
        RuntimeException wrapped = new RuntimeException("outer", new IllegalArgumentException("middle", root));
        assertSame(root, LogText.rootCause(wrapped));
        assertSame(root, LogText.rootCause(root));
    }
}
