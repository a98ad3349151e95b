package io.stepwise.web;

/**
 * Every path, query parameter and element id that both handlers and templates use, in one place;
 * each lesson's own path is in its declaration ({@link io.stepwise.web.lesson.Lessons}).
 */
public final class Paths {
    public static final String HOME = "/";
    public static final String HEALTH = "/healthz";
    public static final String EMBED = "/embed";
    public static final String OEMBED = "/oembed";
    public static final String EMBED_SCRIPT = "/static/js/embed.js";
    public static final String EMBED_PARENT_SCRIPT = "/static/js/embed-parent.js";
    public static final String COPY_SCRIPT = "/static/js/copy.js";
    public static final String LESSON_SCRIPT = "/static/js/lesson.js";
    /** Every page: all the digits of a number on hover. */
    public static final String SITE_SCRIPT = "/static/js/site.js";
    /**
     * What a page loads: htmx, lesson.js and site.js joined into one response (one request and one
     * set of headers instead of three); an embed view's adds embed.js. copy.js, which only the "Embed
     * this lesson" box needs, is loaded when that box is first opened.
     */
    public static final String PAGE_SCRIPT = "/static/js/stepwise.js";
    public static final String EMBED_PAGE_SCRIPT = "/static/js/stepwise-embed.js";
    public static final String API_DESCENT = "/api/v1/descent";
    public static final String API_BACKPROP = "/api/v1/backprop";
    /** The playground; its query and form field names are in io.stepwise.playground.Fields. */
    public static final String PLAYGROUND = "/playground";
    public static final String PLAYGROUND_CSV = "/playground/export.csv";
    public static final String PLAYGROUND_JSON = "/playground/export.json";
    /** The playground's region that a setup form submission replaces: the form and the run. */
    public static final String ID_PLAYGROUND = "playground";

    public static final String CSS = "/static/css/stepwise.css";
    /** The playground's own rules, marked in stepwise.css and split from it at start-up: a lesson does not load them. */
    public static final String PLAYGROUND_CSS = "/static/css/playground.css";
    /** The dynamic-programming lesson's own rules (its δ table), split from stepwise.css in the same way. */
    public static final String DYNAMIC_PROGRAMMING_CSS = "/static/css/dynamic-programming.css";
    public static final String FAVICON = "/static/img/favicon.svg";
    public static final String HTMX = "/webjars/htmx.org/2.0.10/dist/htmx.min.js";

    /** Query parameters of the descent lessons. */
    public static final String Q_B3 = "b3";
    public static final String Q_LEARNING_RATE = "lr";
    public static final String Q_TOLERANCE = "tol";
    public static final String Q_STEPS = "steps";
    /** "1" shows the SSR history on a log scale. */
    public static final String Q_LOG_LOSS = "logy";
    /** The parameter a loss curve varies, e.g. "w3". */
    public static final String Q_FOCUS = "focus";

    /** Query parameters of the δ-table lesson. */
    public static final String Q_SHAPE = "shape";
    public static final String Q_FILLED = "filled";
    public static final String Q_PARAMETER = "param";
    public static final String Q_SAMPLE = "sample";

    /** Query parameters and element ids of the "Your turn" exercises (every lesson that asks them). */
    public static final String Q_SEED = "seed";
    public static final String Q_SET = "set";
    public static final String Q_ANSWER = "answer";
    public static final String Q_HINT = "hint";
    public static final String Q_REVEAL = "reveal";
    public static final String ID_EXERCISE = "your-turn";
    public static final String ID_ANSWER = "exercise-answer";
    public static final String ID_CHECK_ANSWER = "check-answer";
    public static final String ID_EXERCISE_NEXT = "exercise-next";

    /** Element ids: the region each step swaps, and the live region that announces it. */
    public static final String ID_LESSON_STATE = "lesson-state";
    public static final String ID_STATUS = "step-status";
    public static final String ID_NEXT = "next-step";
    public static final String ID_PREVIOUS = "previous-step";
    public static final String ID_RUN = "run-steps";
    public static final String ID_RESET = "reset-steps";
    public static final String ID_FILL_NEXT = "fill-next";
    public static final String ID_UNFILL = "unfill";
    public static final String ID_FILL_ALL = "fill-all";
    public static final String ID_CLEAR = "clear-table";
    /** The embed view's link to the full page of the state it shows. */
    public static final String ID_FULL_LESSON = "full-lesson";
    /** The picker of the parameter a loss curve varies. */
    public static final String ID_CHART_FOCUS = "chart-focus";

    private Paths() {}
}
