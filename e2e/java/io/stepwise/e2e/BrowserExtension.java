package io.stepwise.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension for browser tests against the real server:
 * <ul>
 *   <li>before all tests of a class: starts a {@link BrowserHarness} (server, Playwright, Chromium);</li>
 *   <li>before each test: opens a fresh {@link BrowserContext} and {@link Page}, with JavaScript off
 *       when the test or its class is annotated {@link JavaScriptDisabled};</li>
 *   <li>after each test: saves a screenshot to target/screenshots/failures/ if the test failed,
 *       closes the context, and fails a test that passed if its page threw an uncaught script error
 *       or logged a console error other than one reporting an error response (see {@link PageErrors});</li>
 *   <li>after all: closes the harness.</li>
 * </ul>
 * Test methods may declare parameters of type {@link Page}, {@link BrowserContext},
 * {@link PageErrors} and {@link BrowserHarness}.
 *
 * <pre>{@code
 * @ExtendWith(BrowserExtension.class)
 * class SomethingIT {
 *     @Test
 *     void home(Page page) {
 *         page.navigate("/");
 *         assertThat(page.getByRole(AriaRole.HEADING, ...)).isVisible();
 *     }
 * }
 * }</pre>
 * Tests of a class run one after another: Playwright objects must not be shared between threads.
 */
public final class BrowserExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final String HARNESS = "harness";
    private static final String SESSION = "session";

    /** One test's browser state. */
    private record Session(BrowserContext context, Page page, PageErrors errors) {}

    @Override
    public void beforeAll(ExtensionContext ctx) {
        ctx.getStore(NAMESPACE).put(HARNESS, BrowserHarness.start());
    }

    @Override
    public void afterAll(ExtensionContext ctx) {
        BrowserHarness harness = ctx.getStore(NAMESPACE).remove(HARNESS, BrowserHarness.class);
        if (harness != null) harness.close();
    }

    @Override
    public void beforeEach(ExtensionContext ctx) {
        BrowserContext context = harness(ctx).newContext(javaScript(ctx));
        Page page = context.newPage();
        ctx.getStore(NAMESPACE).put(SESSION, new Session(context, page, PageErrors.attach(page)));
    }

    @Override
    public void afterEach(ExtensionContext ctx) {
        Session session = ctx.getStore(NAMESPACE).remove(SESSION, Session.class);
        if (session == null) return;
        boolean failed = ctx.getExecutionException().isPresent();
        try {
            if (failed) {
                String name = "failures/" + ctx.getRequiredTestClass().getSimpleName() + "." + ctx.getRequiredTestMethod().getName();
                try {
                    BrowserHarness.screenshot(session.page(), name);
                } catch (RuntimeException e) {
                    ctx.getExecutionException().get().addSuppressed(e);
                }
            }
        } finally {
            session.context().close();
        }
        if (!failed) session.errors().assertNone();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext ctx) {
        Class<?> type = parameter.getParameter().getType();
        return type == Page.class || type == BrowserContext.class || type == PageErrors.class || type == BrowserHarness.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext ctx) {
        Class<?> type = parameter.getParameter().getType();
        if (type == BrowserHarness.class) return harness(ctx);
        Session session = ctx.getStore(NAMESPACE).get(SESSION, Session.class);
        if (session == null) {
            throw new ParameterResolutionException(type.getSimpleName() + " is only available to test methods");
        }
        if (type == Page.class) return session.page();
        if (type == BrowserContext.class) return session.context();
        return session.errors();
    }

    private static BrowserHarness harness(ExtensionContext ctx) {
        BrowserHarness harness = ctx.getStore(NAMESPACE).get(HARNESS, BrowserHarness.class);
        if (harness == null) throw new IllegalStateException("BrowserExtension must be registered on the test class");
        return harness;
    }

    private static boolean javaScript(ExtensionContext ctx) {
        Optional<Method> method = ctx.getTestMethod();
        if (method.isPresent() && method.get().isAnnotationPresent(JavaScriptDisabled.class)) return false;
        for (Optional<Class<?>> c = ctx.getTestClass(); c.isPresent(); c = Optional.ofNullable(c.get().getEnclosingClass())) {
            if (c.get().isAnnotationPresent(JavaScriptDisabled.class)) return false;
        }
        return true;
    }
}
