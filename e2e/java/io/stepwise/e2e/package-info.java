/**
 * End-to-end tests: the real server and a headless Chromium, driven through Playwright.
 *
 * <p>Classes named {@code *IT} run in {@code mvn verify} (Failsafe), after the unit tests; one class
 * alone runs with {@code mvn verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=LastBiasTutorialIT}. A new test class needs only {@code @ExtendWith(BrowserExtension.class)}
 * and {@link com.microsoft.playwright.Page} parameters; see {@link io.stepwise.e2e.BrowserExtension}.
 *
 * <ul>
 *   <li>{@link io.stepwise.e2e.BrowserHarness}: server on a free port, Playwright, Chromium; contexts
 *       with or without JavaScript; screenshots to target/screenshots/.</li>
 *   <li>{@link io.stepwise.e2e.BrowserExtension}: one harness per class, one context per test,
 *       a screenshot in target/screenshots/failures/ when a test fails.</li>
 *   <li>{@link io.stepwise.e2e.JavaScriptDisabled}: the page as it works without htmx.</li>
 *   <li>{@link io.stepwise.e2e.PageErrors}: script and console errors, which fail a test.</li>
 *   <li>{@link io.stepwise.e2e.Accessibility}: axe-core, failing with each violation listed.</li>
 *   <li>{@link io.stepwise.e2e.LastBiasLessonPage}: the last-bias lesson's controls and tables by role.</li>
 * </ul>
 *
 * <p>Prefer role and label locators and Playwright's web-first assertions ({@code assertThat(locator)
 * .hasText(...)}), which wait for an htmx swap; call {@code assertSettled()} before clicking a control
 * that a swap just brought in.
 */
package io.stepwise.e2e;
