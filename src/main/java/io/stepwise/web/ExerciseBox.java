package io.stepwise.web;

import io.stepwise.exercise.Exercise;
import io.stepwise.exercise.Feedback;
import io.stepwise.exercise.LessonExercises;
import io.stepwise.tutorial.AllParametersCharts;
import io.stepwise.tutorial.AllParametersState;
import io.stepwise.tutorial.AllParametersView;
import io.stepwise.tutorial.DpView;
import io.stepwise.tutorial.LastBiasState;
import io.stepwise.tutorial.LastBiasView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Your turn" box of a lesson: the question, the answer form (a GET form that repeats the
 * lesson's state, so it works with and without JavaScript), the feedback on the answer, the hint
 * and worked answer when asked for, and the way on once the answer is right.
 *
 * @param feedback the verdict on the submitted answer, or null when none was submitted
 * @param setTitle the instructor's set, or null for the lesson's own questions
 * @param path the lesson's path: the form's action
 * @param fields the hidden fields of the form: the lesson's state, seed and set
 * @param carried seed and set alone, for the lesson's other forms
 * @param answer the answer to show in the field, as typed
 * @param hintUrl the link that shows the hint, or null when it is shown
 * @param revealUrl the link that shows the worked answer, or null when it is shown or not yet offered
 * @param nextUrl the next step, or null at the last one
 */
public record ExerciseBox(Exercise exercise, Feedback feedback, String setTitle, String path, List<Field> fields,
                          List<Field> carried, String answer, boolean showHint, boolean showWorked, String hintUrl,
                          String revealUrl, String nextUrl, String nextLabel) {
    /** How much of a typed answer is shown back. */
    static final int MAX_ECHO = 60;

    /** A name and value of a query parameter. */
    public record Field(String name, String value) {}

    /** The last-bias lesson's box: the question about the step its page shows. */
    static ExerciseBox lastBias(LastBiasView view, boolean logLoss, ExerciseRequest request, String nextUrl) {
        LastBiasState s = view.state();
        int k = view.current().index();
        List<Field> state = new ArrayList<>(List.of(
                new Field(Paths.Q_B3, QueryParams.plain(s.startB3())),
                new Field(Paths.Q_LEARNING_RATE, QueryParams.plain(s.learningRate())),
                new Field(Paths.Q_TOLERANCE, QueryParams.plain(s.tolerance())),
                new Field(Paths.Q_STEPS, Integer.toString(k))));
        if (logLoss) state.add(new Field(Paths.Q_LOG_LOSS, "1"));
        Exercise exercise = LessonExercises.lastBias(view, request.set(), request.seed());
        return of(exercise, request, Paths.LAST_BIAS, state, nextUrl, "Go on to step " + (k + 1));
    }

    /** The all-parameters lesson's box: the question about the step its page shows. */
    static ExerciseBox allParameters(AllParametersView view, String focus, boolean logLoss, ExerciseRequest request, String nextUrl) {
        AllParametersState s = view.state();
        int k = view.current().index();
        List<Field> state = new ArrayList<>(List.of(
                new Field(Paths.Q_LEARNING_RATE, QueryParams.plain(s.learningRate())),
                new Field(Paths.Q_TOLERANCE, QueryParams.plain(s.tolerance())),
                new Field(Paths.Q_STEPS, Integer.toString(k))));
        if (!focus.equals(AllParametersCharts.DEFAULT_FOCUS)) state.add(new Field(Paths.Q_FOCUS, focus));
        if (logLoss) state.add(new Field(Paths.Q_LOG_LOSS, "1"));
        Exercise exercise = LessonExercises.allParameters(view, request.set(), request.seed());
        return of(exercise, request, Paths.ALL_PARAMETERS, state, nextUrl, "Go on to step " + (k + 1));
    }

    /** The dynamic-programming lesson's box: the next δ to fill; null when the table is full. */
    static ExerciseBox dynamicProgramming(DpView view, ExerciseRequest request, String fillNextUrl) {
        Exercise exercise = LessonExercises.dynamicProgramming(view.state(), request.set(), request.seed());
        if (exercise == null) return null;
        var s = view.state();
        List<Field> state = List.of(new Field(Paths.Q_SHAPE, s.example()), new Field(Paths.Q_FILLED, Integer.toString(s.filled())),
                new Field(Paths.Q_PARAMETER, s.parameter()), new Field(Paths.Q_SAMPLE, Integer.toString(s.sample() + 1)));
        return of(exercise, request, Paths.DYNAMIC_PROGRAMMING, state, fillNextUrl, "Fill the next layer");
    }

    static ExerciseBox of(Exercise exercise, ExerciseRequest request, String path, List<Field> state, String nextUrl, String nextLabel) {
        Feedback feedback = request.answer() == null ? null : exercise.check(request.answer());
        boolean solved = feedback != null && feedback.correct();
        boolean showHint = request.hint() || request.reveal();
        boolean showWorked = request.reveal() || solved;
        List<Field> fields = new ArrayList<>(state);
        fields.addAll(request.carried());
        String base = path + "?" + query(fields) + (request.answer() == null ? "" : "&" + Paths.Q_ANSWER + "=" + encode(request.answer()));
        String hintUrl = showHint || solved ? null : base + "&" + Paths.Q_HINT + "=1";
        boolean offerReveal = !showWorked && (showHint || feedback != null);
        String revealUrl = offerReveal ? base + "&" + Paths.Q_HINT + "=1&" + Paths.Q_REVEAL + "=1" : null;
        String answer = request.answer() == null ? "" : request.answer().strip();
        if (answer.length() > MAX_ECHO) answer = answer.substring(0, MAX_ECHO);
        return new ExerciseBox(exercise, feedback, request.set().isBuiltIn() ? null : request.set().title(), path,
                List.copyOf(fields), request.carried(), answer, showHint, showWorked, hintUrl, revealUrl, nextUrl, nextLabel);
    }

    /** The form's action: the lesson's path, scrolled to the box when the page loads whole. */
    public String action() { return path + "#" + Paths.ID_EXERCISE; }

    public boolean solved() { return feedback != null && feedback.correct(); }

    /** After a wrong answer the field takes the focus again, ready for the next try. */
    public boolean focusAnswer() { return feedback != null && !feedback.correct(); }

    /** The way on is offered once the answer is right or the worked answer is shown. */
    public boolean showNext() { return nextUrl != null && (solved() || showWorked); }

    /** "correct", "mistake", "close", "wrong" or "unreadable": the feedback's style. */
    public String verdictClass() {
        return feedback == null ? "" : feedback.verdict().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The sentence the live region reads out after an answer is checked. */
    /** The question is still open: neither answered correctly nor worked out for the student. */
    public boolean open() { return !showWorked; }

    public String announcement() {
        if (feedback == null) return null;
        return "Your answer " + feedback.answer() + ": " + feedback.title() + ". " + feedback.message();
    }

    private static String query(List<Field> fields) {
        StringBuilder b = new StringBuilder();
        for (Field f : fields) {
            if (b.length() > 0) b.append('&');
            b.append(f.name()).append('=').append(encode(f.value()));
        }
        return b.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
