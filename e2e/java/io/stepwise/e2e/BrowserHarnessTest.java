package io.stepwise.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which Chromium the browser tests launch: overrides first, then Debian's, else Playwright's own. */
class BrowserHarnessTest {
    private static final Path DEBIAN = Path.of(BrowserHarness.DEFAULT_BROWSER);

    @Test
    void the_property_wins_over_everything() {
        assertEquals(Optional.of(Path.of("/opt/chrome")), BrowserHarness.browserExecutable(" /opt/chrome ", "/env/chrome", p -> true));
    }

    @Test
    void the_environment_comes_next() {
        assertEquals(Optional.of(Path.of("/env/chrome")), BrowserHarness.browserExecutable("", "/env/chrome", p -> true));
        assertEquals(Optional.of(Path.of("/env/chrome")), BrowserHarness.browserExecutable(null, "/env/chrome", p -> false));
    }

    @Test
    void debians_chromium_when_it_is_there() {
        assertEquals(Optional.of(DEBIAN), BrowserHarness.browserExecutable(null, " ", DEBIAN::equals));
    }

    @Test
    void without_any_playwright_brings_its_own() {
        assertEquals(Optional.empty(), BrowserHarness.browserExecutable(null, null, p -> false));
    }
}
