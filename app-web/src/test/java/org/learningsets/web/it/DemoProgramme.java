package org.learningsets.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The demo data's programme as a programme lead reaches it from the home page's list of programmes. */
final class DemoProgramme {

    /** The start of its name (DemoDataLoader.PROGRAMME), enough to tell it from programmes tests create. */
    static final String NAME_START = "Ambulatory Emergency Care";

    private DemoProgramme() {
    }

    /** The demo programme's link of {@code kind} (evaluation, themes, report, ...) on the lead's home page. */
    static WebElement link(Browser lead, String kind) {
        return link(lead, kind, NAME_START);
    }

    /** The link of {@code kind} for the programme whose name contains {@code programme}. */
    static WebElement link(Browser lead, String kind, String programme) {
        return lead.driver().findElements(By.cssSelector("a[id$=':" + kind + "']")).stream()
                .filter(a -> a.getText().contains(programme)).findFirst().orElseThrow();
    }

    /**
     * From the lead's home page: opens the demo programme's evaluation page and, unless it is open already (another
     * test may have opened it), scans the page and opens the evaluation. Returns the evaluation page's address.
     */
    static String openEvaluation(Browser lead) {
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
