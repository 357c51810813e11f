package org.learningsets.web.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The demo data's programme as a programme lead reaches it from the home page's list of programmes. */
public final class DemoProgramme {

    /** The start of its name (DemoDataLoader.PROGRAMME), enough to tell it from programmes tests create. */
    public static final String NAME_START = "Ambulatory Emergency Care";

    private DemoProgramme() {}

    /** The demo programme's link of {@code kind} (evaluation, themes, report, ...) on its programme page. */
    public static WebElement link(Browser lead, String kind) {
        return link(lead, kind, NAME_START);
    }

    /**
     * The link of {@code kind} on the page of the programme whose name contains {@code programme}, opened from the
     * lead's home page unless the browser is on it already.
     */
    public static WebElement link(Browser lead, String kind, String programme) {
        if (!lead.driver().getCurrentUrl().contains("programmes/programme.xhtml")
                || !lead.heading().contains(programme)) {
            open(lead, programme);
        }
        return lead.find("a[id$='" + kind + "Link']");
    }

    /** From the lead's home page, opens the page of the programme whose name contains {@code programme}. */
    public static void open(Browser lead, String programme) {
        if (!lead.driver().getCurrentUrl().endsWith("index.xhtml")) {
            lead.driver().findElement(By.linkText("Home")).click();
            lead.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
        }
        lead.driver().findElements(By.cssSelector("a[id$=':programme']")).stream()
                .filter(a -> a.getText().contains(programme))
                .findFirst()
                .orElseThrow()
                .click();
        lead.waitFor().until(ExpectedConditions.urlContains("programmes/programme.xhtml"));
    }

    /**
     * From the lead's home page: opens the demo programme's evaluation page and, unless it is open already (another
     * test may have opened it), scans the page and opens the evaluation. Returns the evaluation page's address.
     */
    public static String openEvaluation(Browser lead) {
        link(lead, "evaluation").click();
        lead.waitFor().until(ExpectedConditions.urlContains("evaluation/results.xhtml"));
        String page = lead.driver().getCurrentUrl();
        if (!lead.driver().findElements(By.id("notOpened")).isEmpty()) {
            Accessibility.assertNoViolations(lead);
            lead.press("button[id='controls:open']");
        }
        assertTrue(lead.mainText().contains("The evaluation is open."), lead.mainText());
        return page;
    }
}
