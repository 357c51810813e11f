package org.learningsets.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sign-in returns only to a page of this application: every way out of it is refused. */
class ReturnAddressTest {

    @Test
    void aPageOfTheApplicationWithItsParametersIsKept() {
        assertEquals(Optional.of("/meetings/live.xhtml?id=5b7c"), ReturnAddress.of("/meetings/live.xhtml?id=5b7c"));
        assertEquals(Optional.of("/sets/mine.xhtml"), ReturnAddress.of("/sets/mine.xhtml"));
    }

    @Test
    void anythingOutsideTheApplicationIsRefused() {
        for (String outside : List.of(
                "https://evil.example/login.xhtml",
                "//evil.example/a.xhtml",
                "/\\evil.example/a.xhtml",
                "\\\\evil.example\\a.xhtml",
                "http:/evil.example/a.xhtml",
                "javascript:alert(1)",
                "evil.example/a.xhtml",
                " /sets/mine.xhtml",
                "/sets/mine.xhtml\r\nSet-Cookie: x=1",
                "/../../etc/passwd.xhtml",
                "/sets/../admin/accounts.xhtml",
                "/%2F%2Fevil.example/a.xhtml#x",
                "/sets/mine.xhtml#fragment",
                "/login.xhtml",
                "/jakarta.faces.resource/x.xhtml",
                "/WEB-INF/web.xml",
                "/calendar/feed/x.ics",
                "/",
                "",
                "/sets/mine.xhtml?" + "x".repeat(ReturnAddress.LONGEST))) {
            assertTrue(ReturnAddress.of(outside).isEmpty(), outside);
        }
        assertTrue(ReturnAddress.of(null).isEmpty());
    }
}
