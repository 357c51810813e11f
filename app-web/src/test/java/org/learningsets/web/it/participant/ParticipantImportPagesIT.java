package org.learningsets.web.it.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Participant import in the browser: the demo programme lead is told how to save an old .xls file, fills in the Excel
 * template and imports it, with bad lines, into the demo programme,
 * reads the line numbers and reasons, confirms; the invitation is in the outbox; the invited person sets a password
 * through its link and signs in. axe-core on the import, outbox and set-password pages. Only people made here (unique
 * emails) are imported, so the demo people and sets are unchanged.
 */
@ExtendWith(SharedMicro.class)
class ParticipantImportPagesIT {

    private static final String DEMO_PROGRAMME = "Ambulatory Emergency Care Network: Action Learning";
    private static final Pattern LINK = Pattern.compile("https?://\\S+/account/set-password\\.xhtml\\?token=\\S+");

    private final URL base;

    ParticipantImportPagesIT(URL base) {
        this.base = base;
    }

    @TempDir
    Path folder;

    private void click(Browser browser, String css) {
        WebElement button = browser.find(css);
        button.click();
        browser.waitFor().until(Browser.gone(button));
    }

    @Test
    void aLeadImportsAFileWithBadLinesAndTheInvitedPersonSetsAPasswordAndSignsIn() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String email = "nia.okoro." + u + "@example.org";
        List<List<String>> people = List.of(
                List.of("Nia Okoro", email, "Riverside Trust " + u, "Nurse", "Emergency care"),
                List.of("Omar Said", "omar.said." + u + "@example.org", "", "Pharmacist", ""),
                List.of("Nia Again", email.toUpperCase(), "Riverside Trust " + u, "", ""),
                List.of("Pat Quinn", "not-an-email", "Riverside Trust " + u, "", ""));
        Path oldExcel = folder.resolve("participants.xls");
        byte[] ole2 = new byte[512];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, ole2, 0, signature.length);
        Files.write(oldExcel, ole2);

        Path downloads = Files.createDirectories(folder.resolve("downloads"));
        try (Browser browser = new Browser(downloads)) {
            browser.open(base + "index.xhtml");
            browser.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));
            browser.signIn(DemoLogins.ADMIN, DemoLogins.PASSWORD);
            browser.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
            browser.find("nav a[href$='programmes/import.xhtml']").click();
            browser.waitFor().until(ExpectedConditions.urlContains("programmes/import.xhtml"));
            assertEquals("Import participants", browser.heading());
            Accessibility.assertNoViolations(browser);

            // An Excel 97-2003 file is refused with how to save it, and the form stays for another file.
            new Select(browser.find("select[id='uploadForm:programme']")).selectByVisibleText(DEMO_PROGRAMME);
            browser.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(oldExcel.toString());
            click(browser, "button[id='uploadForm:preview']");
            assertTrue(
                    browser.find("#messageList").getText().contains("This is an Excel 97-2003 workbook (.xls)"),
                    browser.find("#messageList").getText());

            // The lead fills in the Excel template (its headings, the rows under them) and chooses it.
            Path template = browser.download("button[id='templateForm:excelTemplate']", ".xlsx");
            Path file = folder.resolve("participants.xlsx");
            fillIn(template, people, file);
            new Select(browser.find("select[id='uploadForm:programme']")).selectByVisibleText(DEMO_PROGRAMME);
            browser.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toString());
            click(browser, "button[id='uploadForm:preview']");
            String problems = browser.find("[id='previewForm:problems']").getText();
            assertTrue(
                    problems.contains("3 Omar Said, omar.said." + u + "@example.org Organisation is required."),
                    problems);
            assertTrue(
                    problems.contains("4 Nia Again, " + email.toUpperCase() + " The same email as line 2"), problems);
            assertTrue(
                    problems.contains("5 Pat Quinn, not-an-email \"not-an-email\" is not an email address."), problems);
            assertTrue(
                    browser.find("[id='previewForm:ready']").getText().contains("2 Nia Okoro " + email),
                    browser.find("[id='previewForm:ready']").getText());
            assertTrue(browser.find("#previewCounts").getText().contains("1 new people"));
            Accessibility.assertNoViolations(browser);

            click(browser, "button[id='previewForm:confirm']");
            String result = browser.find("#resultCounts").getText();
            assertTrue(result.contains("1 new people with accounts; 1 invitations"), result);
            assertTrue(result.contains("3 lines with problems left out"), result);
            assertTrue(
                    browser.find("#messageList")
                            .getText()
                            .contains("Imported: 1 new person invited, 0 already " + "known people enrolled."),
                    browser.find("#messageList").getText());
            // Handed to the page once: reloading it shows neither the result nor the message again.
            browser.driver().navigate().refresh();
            browser.find("select[id='uploadForm:programme']");
            assertTrue(browser.driver().findElements(By.id("resultCounts")).isEmpty());
            assertFalse(browser.mainText().contains("Imported:"), browser.mainText());

            browser.find("nav a[href$='admin/outbox.xhtml']").click();
            browser.waitFor().until(ExpectedConditions.urlContains("admin/outbox.xhtml"));
            Accessibility.assertNoViolations(browser);
            WebElement message = browser.driver().findElements(By.cssSelector("[id='outboxForm:messages'] a")).stream()
                    .filter(a -> a.getText().contains(email))
                    .findFirst()
                    .orElseThrow();
            message.click();
            browser.waitFor().until(Browser.gone(message));
            assertTrue(browser.find("#letterTo").getText().contains(email));
            Matcher link = LINK.matcher(browser.find("#letterText").getText());
            assertTrue(link.find(), browser.find("#letterText").getText());
            Accessibility.assertNoViolations(browser);
            click(browser, "button[id='signOutForm:signOut']");

            browser.open(link.group());
            assertEquals("Set your password", browser.heading());
            assertEquals(email, browser.find("#inviteeEmail").getText());
            Accessibility.assertNoViolations(browser);
            browser.find("input[id='passwordForm:password']").sendKeys("river side reading lamp");
            browser.find("input[id='passwordForm:repeat']").sendKeys("river side reading lamp");
            click(browser, "button[id='passwordForm:save']");
            browser.waitFor().until(ExpectedConditions.urlContains("login.xhtml"));
            assertTrue(browser.mainText().contains("Your password is set."), browser.mainText());
            browser.signIn(email, "river side reading lamp");
            browser.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
            assertEquals("Welcome, Nia Okoro", browser.heading());

            browser.open(link.group());
            assertTrue(browser.find("#linkNotUsable").getText().startsWith("This link has expired or was used"));
        }
    }

    /** What a lead does in Excel: under the template's own headings (the first five of them), one row per person. */
    private static void fillIn(Path template, List<List<String>> people, Path file) throws IOException {
        List<String> headings;
        try (InputStream in = Files.newInputStream(template);
                ReadableWorkbook book = new ReadableWorkbook(in)) {
            headings = book.getFirstSheet().read().get(0).stream()
                    .map(Cell::getText)
                    .toList();
        }
        assertEquals(
                List.of("Full name", "Email", "Organisation", "Profession", "Clinical area", "Line manager email"),
                headings);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Test", null);
            Worksheet sheet = workbook.newWorksheet("Participants");
            for (int c = 0; c < 5; c++) {
                sheet.value(0, c, headings.get(c));
            }
            for (int r = 0; r < people.size(); r++) {
                for (int c = 0; c < 5; c++) {
                    if (!people.get(r).get(c).isEmpty()) {
                        sheet.value(r + 1, c, people.get(r).get(c));
                    }
                }
            }
            workbook.finish();
        }
    }
}
