package io.stepwise.web.page;

/** What the generic lesson handler and the shared templates need of every lesson's page model. */
public interface LessonPage {
    /**
     * The live region's text: in place in the page, out of band after an htmx step. One method,
     * so the page and the fragment always say the same.
     */
    String status();
}
