package org.learningsets.web.it.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.learningsets.web.it.support.Accessibility;
import org.learningsets.web.it.support.Browser;
import org.learningsets.web.it.support.DemoLogins;
import org.learningsets.web.it.support.DemoProgramme;
import org.learningsets.web.it.support.SharedMicro;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A programme lead's first day, in the browser alone: the demo lead sets up a new programme with the wizard, imports
 * 14 people from 5 organisations, allocates them into two sets with facilitators from the network's pool (Sam
 * Whitfield and Rachel Adeyemi, whom no other browser class uses), plans monthly virtual meetings with a join link,
 * activates both sets and opens the programme; a newly invited member sets their password from the invitation in
 * the outbox and signs in. Her set's facilitator publishes its ground rules, she agrees them and bids for time, and
 * meeting 1 is held live (check-in, her round, the process review) while she follows it; the lead then sees the
 * meeting held. Last, the lead starts a supervision set for the programme's two facilitators, supervised by Andy
 * Mitchell, and Rachel Adeyemi finds it among her sets. Every page it passes is scanned by axe-core.
 * Everything it creates has unique names.
 */
@ExtendWith(SharedMicro.class)
class ProgrammeToFirstMeetingPagesIT {

    private static final Pattern INVITATION =
            Pattern.compile("https?://\\S+/account/set-password\\.xhtml\\?token=\\S+");
    private static final String JOIN_LINK = "https://meet.example.org/first-day-";
    private static final String ISSUE = "Keeping goals across shift handovers";
    private static final String[] ORGANISATIONS = {"Harbour", "Moorland", "Riverside", "Valley", "Coastal"};

    private final URL base;

    @TempDir
    Path folder;

    ProgrammeToFirstMeetingPagesIT(URL base) {
        this.base = base;
    }

    @Test
    void aLeadTakesANewProgrammeToItsFirstMeetingAndANewMemberComesIn() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String name = "First day " + u;
        Path file = participants(u);
        String invitation;
        try (Browser lead = Browser.signedIn(base, DemoLogins.ADMIN, null)) {
            setUp(lead, name);
            assertEquals(name, lead.heading(), "the wizard lands on the new programme's page");
            assertTrue(nextSteps(lead).contains("Nobody is enrolled yet"), nextSteps(lead));
            Accessibility.assertNoViolations(lead);

            importParticipants(lead, name, file);
            DemoProgramme.open(lead, name);
            assertEquals("14", lead.find("#enrolled").getText());
            assertEquals("14", lead.find("#waiting").getText());
            assertTrue(nextSteps(lead).contains("14 people are enrolled but not in a set yet"), nextSteps(lead));

            allocate(lead, name);
            DemoProgramme.open(lead, name);
            assertEquals("14", lead.find("#inASet").getText());
            assertEquals("0", lead.find("#waiting").getText());
            String steps = nextSteps(lead);
            assertTrue(steps.contains("Set 1 has no meetings yet: plan its meetings."), steps);
            assertTrue(steps.contains("Set 2 has no meetings yet: plan its meetings."), steps);
            assertFalse(steps.contains("no facilitator"), "the allocation gave both sets a facilitator: " + steps);
            Accessibility.assertNoViolations(lead);

            // Planning refuses a virtual set without its link, and plans nothing for either set.
            typeDate(lead, "plan:firstDay", firstMeetingDay().toString());
            lead.press("button[id='plan:planMeetings']");
            assertTrue(
                    lead.find("#messageList").getText().contains("A virtual meeting needs a meeting link."),
                    lead.find("#messageList").getText());
            List<WebElement> links = lead.driver().findElements(By.cssSelector("#plan input[id$=':link']"));
            assertEquals(2, links.size(), "one join link per set");
            for (int i = 0; i < links.size(); i++) {
                links.get(i).sendKeys(JOIN_LINK + u + "-" + (i + 1));
            }
            lead.press("button[id='plan:planMeetings']");
            assertTrue(
                    lead.find("#messageList").getText().contains("Meetings are planned for 2 sets."),
                    lead.find("#messageList").getText());
            steps = nextSteps(lead);
            assertTrue(steps.contains("Set 1, Set 2 are ready to start: activate them on their pages."), steps);

            for (String set : List.of("Set 1", "Set 2")) {
                lead.driver()
                        .findElement(By.cssSelector("#setCards li[data-set='" + set + "'] h3 a"))
                        .click();
                lead.waitFor().until(ExpectedConditions.urlContains("programmes/set.xhtml"));
                assertEquals(set, lead.heading());
                assertTrue(lead.find("#ready").getText().contains("ready to start"));
                assertEquals(
                        6,
                        lead.driver()
                                .findElements(By.cssSelector("#meetingTable tbody tr"))
                                .size(),
                        "the programme's six meetings");
                assertTrue(lead.find("#meetingTable").getText().contains("Join link"));
                Accessibility.assertNoViolations(lead);
                lead.press("button[id='state:activate']");
                assertEquals("Active", lead.find("#setState").getText());
                assertTrue(
                        lead.find("#changes").getText().contains(set + " went from forming to active."),
                        lead.find("#changes").getText());
                lead.find("#programmeLink").click();
                lead.waitFor().until(ExpectedConditions.urlContains("programmes/programme.xhtml"));
            }
            lead.press("button[id='status:open']");
            assertEquals("Open", lead.find("#programmeStatus").getText());
            assertEquals("Every set is meeting: nothing needs doing now.", nextSteps(lead));
            assertTrue(lead.find("#changes").getText().contains(name + " was opened."));
            Accessibility.assertNoViolations(lead);

            invitation = invitationFor(lead, "harbour.one." + u + "@example.org");
            lead.press("button[id='signOutForm:signOut']");
        }

        String set;
        try (Browser member = new Browser()) {
            member.open(invitation);
            assertEquals("Set your password", member.heading());
            member.find("input[id='passwordForm:password']").sendKeys("harbour lights at dusk");
            member.find("input[id='passwordForm:repeat']").sendKeys("harbour lights at dusk");
            member.press("button[id='passwordForm:save']");
            member.signIn("harbour.one." + u + "@example.org", "harbour lights at dusk");
            member.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
            assertEquals("Welcome, Harbour One", member.heading());
            String sets = member.find("#memberSetList").getText();
            assertTrue(sets.contains(name), sets);
            assertTrue(
                    member.find("#nextMeetingList").getText().contains("Join link"),
                    member.find("#nextMeetingList").getText());
            Accessibility.assertNoViolations(member);
            set = sets.contains("Set 1") ? "Set 1" : "Set 2";
            String facilitator =
                    sets.contains("Sam Whitfield") ? "sam.whitfield@example.org" : "rachel.adeyemi@example.org";
            firstMeeting(facilitator, member, set);
        }

        try (Browser lead = Browser.signedIn(base, DemoLogins.ADMIN, null)) {
            DemoProgramme.open(lead, name);
            assertTrue(
                    lead.find("#accountSummary").getText().startsWith("Of the 14 enrolled, 1 have signed in"),
                    lead.find("#accountSummary").getText());
            lead.find("#setCards li[data-set='" + set + "'] h3 a").click();
            lead.waitFor().until(ExpectedConditions.urlContains("programmes/set.xhtml"));
            assertEquals(set, lead.heading());
            assertTrue(
                    lead.find("#meetingTable tr[data-meeting='1']").getText().contains("Held"),
                    lead.find("#meetingTable").getText());
        }
        supervision(name);
    }

    /**
     * The programme's two facilitators meet as a set of their own: on the programme's supervision page the lead starts
     * a supervision set (refused without a supervisor, and with Andy Mitchell, a colleague of Sam Whitfield's while an
     * independent facilitator is free, each with the reason), supervised by Helena Brooks; Rachel
     * Adeyemi finds it among her sets on her home page and opens it; a member of another programme's set is refused
     * its page.
     */
    private void supervision(String name) {
        String supervisor;
        String setPage;
        try (Browser lead = Browser.signedIn(base, DemoLogins.ADMIN, null)) {
            DemoProgramme.open(lead, name);
            lead.press("#supervisionLink");
            assertEquals("Supervision for the facilitators", lead.heading());
            String would = lead.find("#supervisionWouldHave").getText();
            assertTrue(would.contains("Sam Whitfield") && would.contains("Rachel Adeyemi"), would);
            lead.press("button[id='supervisionForm:startSupervision']");
            assertTrue(
                    lead.find("#messageList").getText().contains("Choose who supervises the set."),
                    lead.find("#messageList").getText());
            // Andy works for NHS Elect, as Sam does, while the independent assessor Helena Brooks is free.
            chooseSupervisor(lead, "Andy Mitchell");
            lead.press("button[id='supervisionForm:startSupervision']");
            String refused = lead.find("#messageList").getText();
            assertTrue(
                    refused.contains("Andy Mitchell works for NHS Elect, as Sam Whitfield in Supervision set does")
                            && refused.contains("can facilitate it without that"),
                    refused);
            supervisor = "Helena Brooks";
            chooseSupervisor(lead, supervisor);
            lead.press("button[id='supervisionForm:startSupervision']");
            assertTrue(
                    lead.find("#messageList").getText().contains("The supervision set is formed"),
                    lead.find("#messageList").getText());
            assertTrue(
                    lead.find("#supervisionSet").getText().contains("supervised by " + supervisor),
                    lead.find("#supervisionSet").getText());
            String members = lead.find("#supervisionMembers").getText();
            assertTrue(members.contains("Sam Whitfield") && members.contains("Rachel Adeyemi"), members);
            Accessibility.assertNoViolations(lead);
        }
        try (Browser rachel = Browser.signedIn(base, "rachel.adeyemi@example.org", null)) {
            String sets = rachel.find("#memberSetList").getText();
            assertTrue(sets.contains("Supervision set"), sets);
            rachel.find("#memberSetList")
                    .findElement(By.linkText("Supervision set"))
                    .click();
            rachel.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Supervision set"));
            // Its programme by name; nothing of the set's work until its ground rules are agreed, as in any set.
            assertTrue(rachel.mainText().contains(name + ": facilitators' supervision"), rachel.mainText());
            setPage = rachel.driver().getCurrentUrl();
            Accessibility.assertNoViolations(rachel);
        }
        try (Browser amira = Browser.signedIn(base, DemoLogins.MEMBER, null)) {
            amira.open(setPage);
            assertEquals("You cannot open this", amira.heading());
            assertFalse(amira.mainText().contains("supervision"), "nothing of the supervision set shown");
        }
    }

    private static void chooseSupervisor(Browser lead, String name) {
        Select supervisors = new Select(lead.find("select[id='supervisionForm:supervisor']"));
        supervisors.getOptions().stream()
                .filter(o -> o.getText().startsWith(name + " ("))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " among the supervisors offered"))
                .click();
    }

    /**
     * The set's facilitator publishes its ground rules from the golden rules, the new member agrees them on her home
     * page and bids for time, and the facilitator runs meeting 1 live while she follows: check-in (she is here, the
     * others who never signed in are absent), her issue's round step by step, the process review, the end.
     */
    private void firstMeeting(String email, Browser member, String set) {
        try (Browser facilitator = Browser.signedIn(base, email, null)) {
            facilitator.find("#facilitatedSetList a").click();
            facilitator.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), set));
            assertTrue(
                    facilitator.find("#memberRoster").getText().contains("Harbour One"),
                    facilitator.find("#memberRoster").getText());
            assertTrue(facilitator.find("#noRulesYet").isDisplayed());
            facilitator.find("a[id$='editRules']").click();
            facilitator
                    .waitFor()
                    .until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Ground rules of " + set));
            new Select(facilitator.find("select[id='rules:startFrom']"))
                    .selectByVisibleText("The golden rules and the usual ground rules");
            facilitator.find("button[id='rules:useStart']").click();
            facilitator
                    .waitFor()
                    .until(d -> d.findElement(By.id("rules:text"))
                            .getAttribute("value")
                            .contains("Golden rules in a round"));
            facilitator.press("button[id='rules:publish']");
            facilitator.press("button[id='rules:confirm']");
            assertTrue(
                    facilitator.mainText().contains("Version 1 of the ground rules is published."),
                    facilitator.mainText());

            member.open(base + "index.xhtml");
            assertTrue(
                    member.find("#rulesToAgree").getText().contains("Golden rules in a round"),
                    member.find("#rulesToAgree").getText());
            member.press("#rulesToAgree button");
            assertTrue(
                    member.mainText().contains("Thank you: you have agreed the ground rules of " + set + "."),
                    member.mainText());
            bid(member, set);

            facilitator.open(base + "index.xhtml");
            facilitator.find("#facilitatedSetList a").click();
            facilitator.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), set));
            facilitator.find("a[id$='facilitatorRunNext']").click();
            facilitator
                    .waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("main h1"), "Live: " + set + ", meeting 1"));
            member.open(facilitator.driver().getCurrentUrl());
            assertTrue(member.find("#waiting").getText().contains("has not been started"));

            facilitator.startLiveMeeting();
            member.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("checkInHeading")));
            List<String> names = facilitator.driver().findElements(By.cssSelector("#checkInTable tbody th")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertTrue(names.contains("Harbour One") && names.size() >= 5, "the set's members: " + names);
            for (String person : names) {
                boolean here = person.equals("Harbour One");
                facilitator.pressByKeyboard("button[aria-label='" + person + (here ? " is here" : " is absent") + "']");
            }
            member.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("checkInTable"), "Absent"));
            Accessibility.assertNoViolations(facilitator);

            facilitator.pressByKeyboard("button[id='live:toAgenda']");
            assertTrue(facilitator.find("#agendaDraft").getText().contains(ISSUE), "her bid is on the draft agenda");
            WebElement minutes = facilitator.find("#agendaDraft input[type='number']");
            minutes.sendKeys(Keys.chord(Keys.CONTROL, "a"), "20", Keys.TAB);
            facilitator
                    .waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("agendaTotal"), "20 of"));
            facilitator.pressByKeyboard("button[id='live:bookAgenda']");
            facilitator.pressByKeyboard("button[aria-label='Start the round for \"" + ISSUE + "\"']");
            member.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("goldenRules")));
            // Presentation, questions, her actions, reflection: four steps to the round's end.
            for (int step = 0; step < 4; step++) {
                facilitator.pressByKeyboard("button[id='live:nextStep']");
            }
            facilitator
                    .waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("bookedAgenda"), "Done"));
            facilitator.pressByKeyboard("button[id='live:toReview']");
            member.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("live:writeReview")));
            facilitator.pressByKeyboard("button[id='live:endMeeting']");
            member.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("reviewHeading"), "The meeting has ended"));
            Accessibility.assertNoViolations(member);
        }
    }

    /** From her set's page, the member bids 20 minutes of meeting 1 for an issue. */
    private static void bid(Browser member, String set) {
        member.find("nav.app-nav a[href*='sets/mine']").click();
        member.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "My sets"));
        member.find("#mySetList a").click();
        member.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), set));
        member.driver().findElement(By.partialLinkText("Prepare meeting 1")).click();
        member.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main h1"), "Prepare " + set + ", meeting 1"));
        member.find("[id='bid:title']").sendKeys(ISSUE);
        member.find("[id='bid:narrative']").sendKeys("Handovers between shifts lose the patient's own goals.");
        member.find("[id='bid:minutes']").sendKeys("20");
        WebElement submit = member.find("[id='bid:submitBid']");
        submit.click();
        member.waitFor().until(Browser.gone(submit));
        assertTrue(member.mainText().contains("Your bid for 20 minutes is on the draft agenda."), member.mainText());
        Accessibility.assertNoViolations(member);
    }

    /** 14 people from 5 organisations (3, 3, 3, 3, 2), unique to this run. */
    private Path participants(String u) throws Exception {
        StringBuilder csv = new StringBuilder("Full name,Email,Organisation,Profession,Clinical area\n");
        String[] counts = {"One", "Two", "Three"};
        String[] professions = {"Nurse", "Physiotherapist", "Pharmacist", "Paramedic", "Midwife", "Doctor"};
        int n = 0;
        for (int o = 0; o < ORGANISATIONS.length; o++) {
            for (int i = 0; i < (o == ORGANISATIONS.length - 1 ? 2 : 3); i++) {
                String person = ORGANISATIONS[o] + " " + counts[i];
                csv.append(person)
                        .append(',')
                        .append(person.toLowerCase().replace(' ', '.'))
                        .append('.')
                        .append(u)
                        .append("@example.org,")
                        .append(ORGANISATIONS[o])
                        .append(" NHS Trust ")
                        .append(u)
                        .append(',')
                        .append(professions[n % professions.length])
                        .append(",Area ")
                        .append(n % 4)
                        .append('\n');
                n++;
            }
        }
        Path file = folder.resolve("participants.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private static void setUp(Browser lead, String name) {
        lead.find("a[id$='newProgramme']").click();
        lead.waitFor().until(ExpectedConditions.urlContains("programmes/new.xhtml"));
        lead.find("input[id='wizard:name']").sendKeys(name);
        lead.find("input[id='wizard:sponsor']").sendKeys("North Coast Health Partnership");
        lead.press("button[id='wizard:next']");
        LocalDate today = LocalDate.now();
        typeDate(lead, "wizard:start", today.toString());
        typeDate(lead, "wizard:end", today.plusMonths(9).toString());
        for (int step = 0; step < 4; step++) {
            lead.press("button[id='wizard:next']");
        }
        WebElement create = lead.find("button[id='wizard:create']");
        create.click();
        lead.waitFor().until(ExpectedConditions.urlContains("programmes/programme.xhtml"));
    }

    private static void importParticipants(Browser lead, String name, Path file) {
        lead.find("#importLink").click();
        lead.waitFor().until(ExpectedConditions.urlContains("programmes/import.xhtml"));
        new Select(lead.find("select[id='uploadForm:programme']")).selectByVisibleText(name);
        lead.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toString());
        lead.press("button[id='uploadForm:preview']");
        assertTrue(
                lead.find("#previewCounts").getText().contains("14 new people"),
                lead.find("#previewCounts").getText());
        lead.press("button[id='previewForm:confirm']");
        assertTrue(
                lead.find("#resultCounts").getText().contains("14 new people with accounts; 14 invitations"),
                lead.find("#resultCounts").getText());
    }

    /** Two sets (a target of seven), with Sam Whitfield and Rachel Adeyemi proposed as their facilitators. */
    private static void allocate(Browser lead, String name) {
        DemoProgramme.link(lead, "allocation", name).click();
        lead.waitFor().until(ExpectedConditions.urlContains("programmes/allocation.xhtml"));
        WebElement size = lead.find("input[id='allocation:targetSize']");
        size.clear();
        size.sendKeys("7");
        for (String facilitator : List.of("Sam Whitfield", "Rachel Adeyemi")) {
            lead.find("tr[data-facilitator='" + facilitator + "'] input[type='checkbox']")
                    .click();
        }
        Accessibility.assertNoViolations(lead);
        WebElement propose = lead.find("button[id='allocation:propose']");
        propose.click();
        lead.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("rules")));
        String status = lead.find("#hardStatus").getText();
        assertTrue(status.contains("Every rule that must hold is kept"), status);
        String rules = lead.find("#rules").getText();
        assertTrue(
                rules.contains("No facilitator has someone of their own line management chain in their set\nKept"),
                rules);
        assertTrue(
                rules.contains("Sets per facilitator: Rachel Adeyemi 1 of at most 1, Sam Whitfield 1 of at most 1"),
                rules);
        Accessibility.assertNoViolations(lead);
        lead.press("button[id='allocation:accept']");
        Matcher accepted = Pattern.compile("Accepted: Set 1 \\((\\d+) people\\), Set 2 \\((\\d+) people\\)")
                .matcher(lead.find("#messageList").getText());
        assertTrue(accepted.find(), lead.find("#messageList").getText());
        assertEquals(
                14,
                Integer.parseInt(accepted.group(1)) + Integer.parseInt(accepted.group(2)),
                "everyone placed, in sets of the programme's sizes");
    }

    /** From the outbox, the link in the invitation sent to {@code email}. */
    private static String invitationFor(Browser lead, String email) {
        lead.find("nav a[href$='admin/outbox.xhtml']").click();
        lead.waitFor().until(ExpectedConditions.urlContains("admin/outbox.xhtml"));
        WebElement message = lead.driver().findElements(By.cssSelector("[id='outboxForm:messages'] a")).stream()
                .filter(a -> a.getText().contains(email))
                .findFirst()
                .orElseThrow();
        message.click();
        lead.waitFor().until(Browser.gone(message));
        Matcher link = INVITATION.matcher(lead.find("#letterText").getText());
        assertTrue(link.find(), lead.find("#letterText").getText());
        return link.group();
    }

    private static String nextSteps(Browser lead) {
        return lead.find("#nextSteps").getText();
    }

    /** The second Tuesday of a month on or after today: the programme's cadence (the wizard's default). */
    private static LocalDate firstMeetingDay() {
        LocalDate today = LocalDate.now();
        for (int month = 0; ; month++) {
            LocalDate first = today.plusMonths(month).withDayOfMonth(1);
            LocalDate secondTuesday =
                    first.with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(2, java.time.DayOfWeek.TUESDAY));
            if (!secondTuesday.isBefore(today)) {
                return secondTuesday;
            }
        }
    }

    /** Date inputs take the date in the browser's locale order; typing through a script sets the ISO value. */
    private static void typeDate(Browser browser, String id, String isoDate) {
        WebElement input = browser.find("input[id='" + id + "']");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }
}
