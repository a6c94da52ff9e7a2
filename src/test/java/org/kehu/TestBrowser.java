package org.kehu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Chromium that the browser tests drive: the one named by {@code -Dkehu.chromium=}, else Debian's
 * {@code /usr/bin/chromium}, else the one Playwright manages (it downloads it on first use where the
 * network allows). A path given with {@code -Dkehu.chromium} replaces the Debian default, so a wrong one
 * falls through to Playwright's browser, not silently to Debian's.
 * <p>
 * When no browser can be had, the first browser test class fails with one line that says how to get
 * one; the decision is kept for the rest of the test JVM, so every later browser test class is skipped
 * with the same line instead of failing again with a stack trace.
 */
public final class TestBrowser implements ExecutionCondition {

    static final String HOW_TO_GET_ONE = "install Debian's with `apt-get install chromium`, or Playwright's own with "
            + "`./mvnw exec:java -e -D exec.classpathScope=test -D exec.mainClass=com.microsoft.playwright.CLI "
            + "-D exec.args=\"install chromium\"`";

    private static final String DEBIAN_CHROMIUM = "/usr/bin/chromium";

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    /** Why no browser could be had; null until a launch has failed. */
    private static volatile String unavailable;

    /** A running browser and the Playwright driver behind it, closed together. */
    public record Session(Playwright playwright, Browser browser) implements AutoCloseable {
        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }

    /** Starts the browser, or throws {@link NoBrowser} with the one line to show. */
    public static Session launch() {
        if (unavailable != null) {
            throw new NoBrowser(unavailable);
        }
        String wanted = System.getProperty("kehu.chromium", DEBIAN_CHROMIUM);
        Optional<Path> system = Optional.of(Paths.get(wanted)).filter(Files::isExecutable);
        Playwright playwright = null;
        try {
            // A system Chromium needs no download; Playwright's own browser must be allowed to fetch itself,
            // so PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD is set only in the first case.
            playwright = system.isPresent()
                    ? Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))
                    : Playwright.create();
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS);
            system.ifPresent(options::setExecutablePath);
            return new Session(playwright, playwright.chromium().launch(options));
        } catch (RuntimeException e) {
            if (playwright != null) {
                playwright.close();
            }
            String tried = system.map(p -> "Chromium at " + p + " did not start")
                    .orElse(wanted + " is missing and Playwright has no browser of its own");
            unavailable = "No browser for the browser tests (" + tried + ": " + firstLine(e) + "); " + HOW_TO_GET_ONE;
            throw new NoBrowser(unavailable);
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String reason = unavailable;
        return reason == null ? ConditionEvaluationResult.enabled("a browser may be had")
                : ConditionEvaluationResult.disabled(reason);
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage()).strip();
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    /** The one-line failure: it carries no stack trace, since its message is all there is to know. */
    public static final class NoBrowser extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoBrowser(String message) {
            super(message, null, false, false);
        }
    }
}
