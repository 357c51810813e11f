package org.learningsets.web.it.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver: paths are given, so Selenium downloads nothing.
 * Override with -Dchrome.binary=... and -Dchromedriver.path=... on other systems.
 *
 * <p>A closed browser is kept for the next test rather than quit, as a new visitor's: every cookie and the cache
 * cleared, the console read, one window at the standard size, no emulation, on about:blank (starting Chromium
 * costs a second or more a time, and the browser tests open over a hundred). One that cannot be reset so is quit.
 * A browser that saves downloads has preferences of its own and is never kept.
 */
public final class Browser implements AutoCloseable {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;
    private static final Deque<ChromeDriver> IDLE = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (IDLE) {
                IDLE.forEach(ChromeDriver::quit);
                IDLE.clear();
            }
        }));
    }

    private final ChromeDriver driver;
    private final Path downloads;

    public Browser() {
        this(null);
    }

    /** A browser that saves downloads into {@code downloads} without asking (null: the default). */
    public Browser(Path downloads) {
        this.downloads = downloads;
        ChromeDriver kept = null;
        if (downloads == null) {
            synchronized (IDLE) {
                kept = IDLE.poll();
            }
        }
        driver = kept != null ? kept : launch(downloads);
    }

    private static ChromeDriver launch(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        if (downloads != null) {
            options.setExperimentalOption(
                    "prefs",
                    java.util.Map.of(
                            "download.default_directory",
                            downloads.toAbsolutePath().toString(),
                            "download.prompt_for_download",
                            false));
        }
        // The console is read after each scanned page and at close (assertNothingRefused): CSP violations go there.
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        // ClusterFailoverIT's nginx serves a throw-away certificate; every page a test opens is on this host.
        options.setAcceptInsecureCerts(true);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=" + WIDTH + "," + HEIGHT);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.path", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Back to a new visitor's state (see the class comment); false if that failed and it should be quit. */
    private static boolean reset(ChromeDriver driver) {
        try {
            List<String> windows = List.copyOf(driver.getWindowHandles());
            for (String window : windows.subList(1, windows.size())) {
                driver.switchTo().window(window).close();
            }
            driver.switchTo().window(windows.get(0));
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
            driver.manage().logs().get(LogType.BROWSER);
            return driver.manage().getCookies().isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(String cssSelector) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    /**
     * After the live page's Start was pressed: waits until it is answered, by the early-start question (before the
     * meeting's day) or by check-in, since a re-read can redraw the button before the answer. True if it asks.
     */
    public boolean startAsksFirst() {
        waitFor()
                .until(org.openqa.selenium.support.ui.ExpectedConditions.or(
                        org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                                By.id("confirmEarlyStart")),
                        org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                                By.id("checkInHeading"))));
        return !driver().findElements(By.id("confirmEarlyStart")).isEmpty();
    }

    /**
     * Presses the live page's Start by keyboard and, when the page asks first (before the meeting's day, e.g. a demo
     * loaded on an earlier day), confirms the early start. Returns whether it asked.
     */
    public boolean startLiveMeeting() {
        pressByKeyboard("button[id='live:start']");
        if (!startAsksFirst()) {
            return false;
        }
        pressByKeyboard("button[id='live:startEarly']");
        return true;
    }

    /** Clicks the button (or link) and waits until the next page or the ajax update has replaced it. */
    public void press(String cssSelector) {
        WebElement button = find(cssSelector);
        button.click();
        waitFor().until(gone(button));
    }

    /**
     * Presses the button with Enter, as someone using the keyboard does (and no hover style lingers for axe-core),
     * then waits for it to leave the page (the next page, or the ajax update that re-renders it).
     */
    public void pressByKeyboard(String cssSelector) {
        WebElement button = find(cssSelector);
        button.sendKeys(org.openqa.selenium.Keys.ENTER);
        waitFor().until(gone(button));
    }

    /**
     * Opens a page from the header's menu by its link text, unfolding the menu first where it is folded behind the
     * Menu button (a narrow screen, or a programme lead's many links), then waits for the next page.
     */
    public void openFromMenu(String link) {
        WebElement button = driver.findElement(By.id("menuButton"));
        if (button.isDisplayed() && "false".equals(button.getAttribute("aria-expanded"))) {
            button.click();
        }
        WebElement item = waitFor().until(ExpectedConditions.elementToBeClickable(By.linkText(link)));
        item.click();
        waitFor().until(gone(item));
    }

    /** Replaces what the field {@code cssSelector} holds with {@code text}, typed. */
    public void type(String cssSelector, String text) {
        WebElement field = find(cssSelector);
        field.clear();
        field.sendKeys(text);
    }

    public String heading() {
        return find("main h1").getText();
    }

    public String mainText() {
        return find("main").getText();
    }

    public String sessionId() {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /**
     * A new browser signed in as {@code email} with the demo password on the application at {@code base}, on its
     * home page; downloads go to {@code downloads} without asking (null: the default).
     */
    public static Browser signedIn(java.net.URL base, String email, Path downloads) {
        Browser browser = new Browser(downloads);
        browser.open(base + "index.xhtml");
        browser.signIn(email, DemoLogins.PASSWORD);
        browser.waitFor().until(ExpectedConditions.urlContains("index.xhtml"));
        return browser;
    }

    /** Fills and submits the sign-in form on the current page, then waits for the next page to load. */
    public void signIn(String email, String password) {
        WebElement emailField = find("input[id='signIn:email']");
        emailField.clear();
        emailField.sendKeys(email);
        WebElement passwordField = find("input[id='signIn:password']");
        passwordField.clear();
        passwordField.sendKeys(password);
        WebElement submit = find("button[id='signIn:submit']");
        submit.click();
        waitFor().until(Browser.gone(submit));
    }

    /**
     * The element has left the page (a new page or an ajax update replaced it). Like stalenessOf, but also accepts
     * chromedriver's "Node with given id does not belong to the document", its other answer for a replaced node.
     */
    public static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /** Clicks the download button and waits for a new complete file ending in {@code ending} (e.g. ".csv"). */
    public Path download(String buttonCss, String ending) {
        List<Path> before = files(ending);
        find(buttonCss).click();
        return waitFor()
                .until(d -> files(ending).stream()
                        .filter(f -> !before.contains(f))
                        .findFirst()
                        .orElse(null));
    }

    private List<Path> files(String ending) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(ending))
                    .toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /**
     * Waits up to 20 s for a condition, asking again when the page was being replaced as it was read: a stale
     * element, or chromedriver's "Node with given id does not belong to the document" (a plain WebDriverException).
     * A condition that never holds still fails, with the last of these as the cause.
     */
    public WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    /**
     * Fails with the browser's console messages about what the Content-Security-Policy (or nosniff) blocked since the
     * last check, on whichever pages they came: Chromium logs each blocked script, handler, style or connection there.
     * Reading the console empties it, so every message is reported once.
     */
    public void assertNothingRefused() {
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .toList();
        if (!refused.isEmpty()) {
            throw new AssertionError("The browser refused content (now on " + driver.getCurrentUrl() + "):\n"
                    + String.join("\n", refused));
        }
    }

    /**
     * Checks the console once more, so pages that were not scanned are checked too, then keeps the browser for the
     * next test (reset) or quits it.
     */
    @Override
    public void close() {
        try {
            assertNothingRefused();
        } finally {
            if (downloads == null && reset(driver)) {
                synchronized (IDLE) {
                    IDLE.push(driver);
                }
            } else {
                driver.quit();
            }
        }
    }
}
