package io.stepwise.web.page;

import io.stepwise.exercise.Concealable;
import io.stepwise.exercise.Exercise;
import io.stepwise.exercise.Feedback;
import io.stepwise.lesson.Param;
import io.stepwise.web.Paths;
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
public record ExerciseBox(Exercise exercise, Feedback feedback, String setTitle, String path, List<Param> fields,
                          List<Param> carried, String answer, boolean showHint, boolean showWorked, String hintUrl,
                          String revealUrl, String nextUrl, String nextLabel) {
    /** How much of a typed answer is shown back. */
    static final int MAX_ECHO = 60;

    public static ExerciseBox of(Exercise exercise, ExerciseRequest request, String path, List<Param> state, String nextUrl, String nextLabel) {
        Feedback feedback = request.answer() == null ? null : exercise.check(request.answer());
        boolean solved = feedback != null && feedback.correct();
        boolean showHint = request.hint() || request.reveal();
        boolean showWorked = request.reveal() || solved;
        List<Param> fields = new ArrayList<>(state);
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

    /** The question is still open: neither answered correctly nor worked out for the student. */
    public boolean open() { return !showWorked; }

    /** While the question is open, whether a number of the page is shown as "?" ({@link Exercise#hides}). */
    public boolean hides(Concealable number, int sample, String parameter, List<String> factors) {
        return open() && exercise.hides(number, sample, parameter, factors);
    }

    /** The sentence the live region reads out after an answer is checked. */
    public String announcement() {
        if (feedback == null) return null;
        return "Your answer " + feedback.answer() + ": " + feedback.title() + ". " + feedback.message();
    }

    private static String query(List<Param> fields) {
        StringBuilder b = new StringBuilder();
        for (Param f : fields) {
            if (b.length() > 0) b.append('&');
            b.append(f.name()).append('=').append(encode(f.value()));
        }
        return b.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
