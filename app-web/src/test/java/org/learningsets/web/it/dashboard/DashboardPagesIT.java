package org.learningsets.web.it.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.learningsets.web.it.support.Accessibility;
import org.learningsets.web.it.support.Browser;
import org.learningsets.web.it.support.DemoLogins;
import org.learningsets.web.it.support.SharedMicro;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Facilitators' dashboards in the browser, on the demo data: Carolyn Robertson facilitates Set A, whose first
 * meeting was held (five of six present, two 30-minute rounds, three open issues with three actions). Checks the
 * figures, both downloads, the refusal for a member, and axe-core at standard and at the largest text on yellow.
 */
@ExtendWith(SharedMicro.class)
class DashboardPagesIT {

    private static final String ISSUE = "Getting ambulatory patients seen before noon";

    private final URL base;

    DashboardPagesIT(URL base) {
        this.base = base;
    }

    @TempDir
    Path downloads;

    @Test
    void aFacilitatorReadsAndDownloadsTheDashboardsOfTheirSets() throws Exception {
        String setA;
        try (Browser browser = new Browser(downloads)) {
            signIn(browser, DemoLogins.FACILITATOR);
            browser.find("nav a[href$='dashboard/mine.xhtml']").click();
            browser.waitFor().until(ExpectedConditions.urlContains("dashboard/mine.xhtml"));
            assertEquals("My dashboards", browser.heading());
            String summary = browser.find("[id='setSummary']").getText();
            assertTrue(summary.contains("Set A"), summary);
            assertFalse(summary.contains("Set B"), "only the sets Carolyn facilitates");
            assertTrue(summary.contains("1 held, 5 planned; minimum 6"), summary);
            assertTrue(summary.contains("83 %"), summary);
            assertTrue(summary.matches("(?s).*\\d+ open, \\d+ resolved.*"), summary); // others may raise issues
            assertTrue(summary.contains("60 min used, 0 booked"), summary);
            assertFalse(browser.mainText().contains(ISSUE), "no issue titles across sets");
            Accessibility.assertNoViolations(browser);

            List<CSVRecord> mine = csv(browser.download("button[id='exportForm:csv']", ".csv"));
            assertEquals("Summary", mine.get(0).get(0));
            List<String> first = mine.get(2).toList();
            assertEquals(
                    List.of("Set A", "1", "5", "0", "6", "83"),
                    List.of(first.get(0), first.get(2), first.get(3), first.get(4), first.get(5), first.get(6)),
                    "held, planned, cancelled, minimum, attendance %");
            assertTrue(mine.stream().noneMatch(r -> r.toList().contains(ISSUE)));

            WebElement open = browser.find("a[id$=':open']");
            assertEquals("Set A", open.getText());
            open.click();
            browser.waitFor().until(ExpectedConditions.urlContains("dashboard/set.xhtml"));
            setA = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");
            assertEquals("Dashboard of Set A", browser.heading());
            assertTrue(browser.find("[id='figureMeetings']").getText().contains("5 still planned"));
            assertTrue(browser.find("[id='figureAttendance']").getText().contains("83 %"));
            // Other browser tests may complete or add Amira's actions in Set A; exact action figures are checked in
            // DashboardServiceIT on its own data.
            String actions = browser.find("[id='figureActions']").getText();
            assertTrue(actions.matches("(?s).*\\d+ of \\d+.*"), actions);
            assertTrue(browser.find("[id='figureTime']").getText().contains("60 minutes"));
            String byMember = browser.find("[id='attendanceByMember']").getText();
            assertTrue(byMember.contains("Chloe Davies 0 1 0 0 %"), byMember);
            assertTrue(byMember.contains("Amira Khan 1 0 0 100 %"), byMember);
            assertTrue(browser.find("[id='issueAges']").getText().contains(ISSUE), "the facilitator sees titles");
            assertTrue(browser.find("[id='timeByMeeting']").getText().contains("Meeting 1"));
            assertEquals(
                    3,
                    browser.driver()
                            .findElements(By.cssSelector("canvas[role='img'][aria-label]"))
                            .size(),
                    "three charts, each labelled");
            Accessibility.assertNoViolations(browser);

            List<CSVRecord> set = csv(browser.download("button[id='exportForm:csv']", ".csv"));
            assertTrue(set.stream().anyMatch(r -> r.toList().contains(ISSUE)), "the same figures as the page");
            assertTrue(set.stream().anyMatch(r -> r.get(0).equals("Attendance by meeting")));
            Path xlsx = browser.download("button[id='exportForm:excel']", ".xlsx");
            try (InputStream in = Files.newInputStream(xlsx);
                    ReadableWorkbook book = new ReadableWorkbook(in)) {
                Row row = rows(book, "Summary").get(1);
                assertEquals("Set A", row.getCell(0).asString());
                assertEquals(1, row.getCell(2).asNumber().intValueExact(), "meetings held");
                assertEquals(83, row.getCell(6).asNumber().intValueExact(), "attendance %");
                assertEquals(60, row.getCell(17).asNumber().intValueExact(), "minutes used");
                // Other test classes may have raised issues in Set A: look for the demo issue, not at a row.
                assertTrue(
                        rows(book, "Issues").stream()
                                .anyMatch(r -> ISSUE.equals(r.getCell(0).getText())),
                        "the demo issue is in the Issues sheet");
                assertEquals(7, rows(book, "Attendance by member").size(), "a heading and six members");
            }

            // The largest text on black-on-yellow: still no violations on either page.
            choosePreferences(browser, 1, 2);
            try {
                browser.open(base + "dashboard/set.xhtml?id=" + setA);
                String classes = browser.find("html").getAttribute("class");
                assertTrue(classes.contains("scheme-yellow") && classes.contains("text-largest"), classes);
                Accessibility.assertNoViolations(browser);
                browser.open(base + "dashboard/mine.xhtml");
                Accessibility.assertNoViolations(browser);
            } finally {
                choosePreferences(browser, 0, 0);
            }
        }

        try (Browser member = new Browser()) {
            signIn(member, DemoLogins.MEMBER);
            assertTrue(
                    member.driver()
                            .findElements(By.cssSelector("nav a[href$='dashboard/mine.xhtml']"))
                            .isEmpty(),
                    "no Dashboards link for members");
            member.open(base + "dashboard/set.xhtml?id=" + setA);
            assertEquals("You cannot open this", member.heading(), "a member of the set");
            member.open(base + "dashboard/mine.xhtml");
            assertEquals("You cannot open this", member.heading());
        }
    }

    private void signIn(Browser browser, String email) {
        browser.open(base + "index.xhtml");
        browser.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));
        browser.signIn(email, DemoLogins.PASSWORD);
        browser.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
    }

    /** Radio positions as the preferences page lists them: scheme 0 standard, 1 yellow; size 0 standard, 2 largest. */
    private void choosePreferences(Browser browser, int scheme, int size) {
        browser.open(base + "preferences.xhtml");
        browser.find("label[for='preferences:colourScheme:" + scheme + "']").click();
        browser.find("label[for='preferences:textSize:" + size + "']").click();
        WebElement save = browser.find("button[id='preferences:save']");
        save.click();
        browser.waitFor().until(Browser.gone(save));
    }

    /** Clicks the download button and waits for a new, complete file with that ending. */
    private static List<CSVRecord> csv(Path file) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(Files.readString(file))).getRecords();
    }

    private static List<Row> rows(ReadableWorkbook book, String sheet) throws IOException {
        return book.findSheet(sheet).orElseThrow().read();
    }
}
