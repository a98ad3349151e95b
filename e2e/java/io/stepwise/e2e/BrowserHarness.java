package io.stepwise.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.options.ScreenshotCaret;
import io.javalin.Javalin;
import io.stepwise.WebApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The real Stepwise server on a free loopback port and one headless Chromium driven by Playwright.
 *
 * <p>One harness serves one test class: start it once, open a fresh {@link BrowserContext} per test
 * (cookies, storage and history are then never shared between tests), and close it at the end.
 * {@link BrowserExtension} does all of that for a JUnit class; use the harness directly only when a
 * test needs something the extension does not give, such as a second context.
 *
 * <p>Which Chromium runs, first match wins:
 * <ol>
 *   <li>the system property {@value #BROWSER_PROPERTY} (the Maven build sets it),</li>
 *   <li>the environment variable {@value #BROWSER_ENV},</li>
 *   <li>{@value #DEFAULT_BROWSER} if it exists,</li>
 *   <li>otherwise the Chromium of Playwright's own, which it downloads the first time (into
 *       ~/.cache/ms-playwright) unless the environment sets PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD.</li>
 * </ol>
 * So {@code mvn verify} works on a machine without a system Chromium; with one, nothing is downloaded.
 */
public final class BrowserHarness implements AutoCloseable {
    public static final String BROWSER_PROPERTY = "stepwise.browser";
    public static final String BROWSER_ENV = "STEPWISE_BROWSER";
    public static final String DEFAULT_BROWSER = "/usr/bin/chromium";

    /** Flags that keep Chromium quiet, quick and able to run as root in a container. */
    public static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");

    /** Where {@link #screenshot} saves pictures: target/screenshots under the project. */
    public static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

    /** Longest wait for one action (a click, a fill) or one navigation, in milliseconds. */
    public static final double ACTION_TIMEOUT_MS = 10_000;
    public static final double NAVIGATION_TIMEOUT_MS = 15_000;

    private final Javalin server;
    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;
    private boolean closed;

    private BrowserHarness(Javalin server, Playwright playwright, Browser browser) {
        this.server = server;
        this.playwright = playwright;
        this.browser = browser;
        this.baseUrl = "http://127.0.0.1:" + server.port();
    }

    /** Starts the server on 127.0.0.1 and a free port, then Playwright and a headless Chromium. */
    public static BrowserHarness start() {
        Javalin server = WebApp.create().start("127.0.0.1", 0);
        Playwright playwright = null;
        try {
            Optional<Path> executable = browserExecutable();
            // Playwright installs its own browser when it starts, unless told not to: only needed without one here.
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(executable.isPresent() ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
            BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions()
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS)
                    .setTimeout(30_000);
            executable.ifPresent(launch::setExecutablePath);
            Browser browser = playwright.chromium().launch(launch);
            return new BrowserHarness(server, playwright, browser);
        } catch (RuntimeException e) {
            if (playwright != null) closeQuietly(playwright::close, e);
            closeQuietly(server::stop, e);
            throw e;
        }
    }

    /** The Chromium to launch, or empty to let Playwright install and use its own. */
    static Optional<Path> browserExecutable() {
        return browserExecutable(System.getProperty(BROWSER_PROPERTY), System.getenv(BROWSER_ENV), Files::isExecutable);
    }

    /** The same choice from the given property, environment variable and test for an executable file. */
    static Optional<Path> browserExecutable(String fromProperty, String fromEnv, Predicate<Path> executable) {
        if (fromProperty != null && !fromProperty.isBlank()) return Optional.of(Path.of(fromProperty.strip()));
        if (fromEnv != null && !fromEnv.isBlank()) return Optional.of(Path.of(fromEnv.strip()));
        Path fallback = Path.of(DEFAULT_BROWSER);
        return executable.test(fallback) ? Optional.of(fallback) : Optional.empty();
    }

    /** The server's root, e.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
    public String baseUrl() { return baseUrl; }

    /** An absolute URL for a path on the server, e.g. {@code url("/tutorials/last-bias")}. */
    public String url(String path) { return baseUrl + path; }

    public Browser browser() { return browser; }

    /**
     * The options every context starts from: the server as base URL (so {@code page.navigate("/")}
     * works), a desktop viewport, English, and reduced motion. Change them and pass them to
     * {@link #newContext(Browser.NewContextOptions)}.
     */
    public Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setViewportSize(1280, 900)
                .setLocale("en-US")
                .setReducedMotion(ReducedMotion.REDUCE);
    }

    /** A fresh context with JavaScript on. The caller closes it. */
    public BrowserContext newContext() { return newContext(contextOptions()); }

    /** A fresh context with JavaScript on or off: off shows the page as htmx never loaded. */
    public BrowserContext newContext(boolean javaScript) {
        return newContext(contextOptions().setJavaScriptEnabled(javaScript));
    }

    /** A fresh context with the given options and the harness's timeouts. The caller closes it. */
    public BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(ACTION_TIMEOUT_MS);
        context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
        return context;
    }

    /**
     * Saves a full-page screenshot as target/screenshots/NAME.png and returns its path. The name
     * may contain '/' to make subfolders. The text caret is left as it is: hiding it would make
     * Playwright add an inline style, which the site's Content-Security-Policy refuses and logs as
     * a console error.
     */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png").normalize();
        if (!file.startsWith(SCREENSHOTS.normalize())) throw new IllegalArgumentException("Screenshot name leaves the folder: " + name);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true).setCaret(ScreenshotCaret.INITIAL));
        return file;
    }

    /** Closes the browser, Playwright and the server; safe to call twice. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        List<Throwable> failures = new ArrayList<>();
        run(browser::close, failures);
        run(playwright::close, failures);
        run(server::stop, failures);
        if (!failures.isEmpty()) {
            IllegalStateException e = new IllegalStateException("Could not close the browser harness cleanly", failures.get(0));
            failures.stream().skip(1).forEach(e::addSuppressed);
            throw e;
        }
    }

    private static void run(Runnable step, List<Throwable> failures) {
        try {
            step.run();
        } catch (RuntimeException e) {
            failures.add(e);
        }
    }

    private static void closeQuietly(Runnable step, Throwable cause) {
        try {
            step.run();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
