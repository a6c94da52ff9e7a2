package org.kehu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the whole application on a random port, driven through Playwright by the
 * Chromium that {@link TestBrowser} finds (Debian's, or Playwright's own). Each test gets a fresh browser
 * context; {@link #screenshot} saves what the user saw under {@code target/screenshots/}.
 */
@ExtendWith(TestBrowser.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestSupport {

    private static TestBrowser.Session session;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    /** Pages that showed a code instead of a label, with the codes: every page a browser test loads is read. */
    private final List<String> codesShown = new ArrayList<>();

    /**
     * One browser for all the browser tests of the JVM: starting the Playwright driver and Chromium for each test class
     * cost seconds each, fifty times in a verify. Closed when the JVM ends; started again if it went away.
     */
    @BeforeAll
    static synchronized void startBrowser() {
        if (session == null || !session.browser().isConnected()) {
            session = TestBrowser.launch();
            TestBrowser.Session started = session;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "browser-test-shutdown"));
        }
        browser = session.browser();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("zh-CN"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        codesShown.clear();
        page.onLoad(this::readForCodes);
    }

    @AfterEach
    void closePage() {
        if (!page.isClosed()) {
            readForCodes(page); // the page as the test left it, after any htmx swaps
        }
        context.close();
        assertThat(codesShown).as("pages showing codes instead of labels").isEmpty();
    }

    private void readForCodes(Page loaded) {
        String address = loaded.url();
        if (address.contains("/swagger-ui") || address.contains("/v3/api-docs") || !address.startsWith("http")) {
            return; // the API's own documentation speaks in HTTP verbs and schema names
        }
        String html;
        try {
            html = loaded.content();
        } catch (com.microsoft.playwright.PlaywrightException e) {
            return; // navigating on already: the next page's load is read in its turn
        }
        Set<String> codes = RawCodes.inPage(html);
        if (!codes.isEmpty()) {
            codesShown.add(address + " → " + codes);
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in through the login page, as a user would. */
    protected void login(String username, String password) {
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#login-submit");
        page.waitForURL(u -> !u.contains("/login"));
    }

    protected void login(String username) {
        login(username, "demo123");
    }

    /** Saves a full-page screenshot as target/screenshots/{name}.png. */
    protected Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Paths.get("target", "screenshots"));
            Path file = dir.resolve(name + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
