package io.stepwise.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@link BrowserExtension} test in a context with JavaScript turned off, so htmx never
 * loads and every control must work as a plain link or form. On a class it applies to every test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface JavaScriptDisabled {}
