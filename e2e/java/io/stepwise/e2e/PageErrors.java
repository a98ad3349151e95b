package io.stepwise.e2e;

import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What went wrong inside a page while a test drove it: uncaught script errors, and console errors
 * such as a Content-Security-Policy refusal. A response with an error status also logs console
 * errors (Chromium's "Failed to load resource", and htmx's "Response Status Error Code" for its own
 * requests); those are kept apart as {@link #failedResponses()}, since tests ask for them on purpose.
 */
public final class PageErrors {
    private final List<String> uncaught = Collections.synchronizedList(new ArrayList<>());
    private final List<String> console = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failedResponses = Collections.synchronizedList(new ArrayList<>());
    private final List<String> messages = Collections.synchronizedList(new ArrayList<>());

    private PageErrors() {}

    /** Starts recording the page's errors. */
    public static PageErrors attach(Page page) {
        PageErrors errors = new PageErrors();
        page.onPageError(errors.uncaught::add);
        page.onConsoleMessage(message -> errors.record(message));
        return errors;
    }

    private void record(ConsoleMessage message) {
        messages.add(message.type() + ": " + message.text() + " (" + message.location() + ")");
        if (!"error".equals(message.type())) return;
        String text = message.text();
        if (text.startsWith("Failed to load resource") || text.startsWith("Response Status Error Code")) {
            failedResponses.add(text + " (" + message.location() + ")");
        } else {
            console.add(text + " (" + message.location() + ")");
        }
    }

    /** Uncaught exceptions thrown by the page's scripts. */
    public List<String> uncaught() { return List.copyOf(uncaught); }

    /** Console errors other than failed responses. */
    public List<String> console() { return List.copyOf(console); }

    /** Console errors that only report a response with an error status. */
    public List<String> failedResponses() { return List.copyOf(failedResponses); }

    /** Every console message of any level (log, info, warning, error…), as "type: text (location)". */
    public List<String> messages() { return List.copyOf(messages); }

    /** Fails unless the page threw nothing and logged nothing at all to the console. */
    public void assertQuiet() {
        if (uncaught.isEmpty() && messages.isEmpty()) return;
        throw new AssertionError("The page was not quiet:\n  uncaught: " + uncaught() + "\n  console: " + messages());
    }

    /** Fails unless the page threw nothing and logged no console error besides failed responses. */
    public void assertNone() {
        if (uncaught.isEmpty() && console.isEmpty()) return;
        throw new AssertionError("The page reported errors:\n  uncaught: " + uncaught() + "\n  console: " + console());
    }
}
