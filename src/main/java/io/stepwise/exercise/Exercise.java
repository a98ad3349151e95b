package io.stepwise.exercise;

import io.stepwise.tutorial.Num;
import java.util.List;

/**
 * One "Your turn" question: what is asked, about which sample or parameter, the numbers it
 * starts from, the exact answer and how close an answer must be, a hint, the worked answer, and
 * the values that common wrong methods give.
 *
 * @param subject what is asked, with the sample, neuron or parameter it concerns, e.g. "the residual of sample 2"
 * @param question the question as the student reads it
 * @param given the numbers needed, one line each
 * @param traps the wrong methods' values; the nearest one the answer matches names the mistake
 * @param sample the sample it is about (from 0), or −1 when it is about the whole step
 * @param parameter the parameter it is about, e.g. "w1", or null
 * @param factor the chain-rule factor it asks for, as the lesson writes it (e.g. "dy_1/dx_1"), or null
 */
public record Exercise(Quantity quantity, String subject, String question, List<String> given, double expected,
                       Tolerance tolerance, String hint, String worked, List<Trap> traps, int sample, String parameter,
                       String factor) {

    public Exercise {
        given = List.copyOf(given);
        traps = List.copyOf(traps);
    }

    /** An exercise about one sample (or, with −1, the whole step) and no particular parameter or factor. */
    public Exercise(Quantity quantity, String subject, String question, List<String> given, double expected,
                    Tolerance tolerance, String hint, String worked, List<Trap> traps, int sample) {
        this(quantity, subject, question, given, expected, tolerance, hint, worked, traps, sample, null, null);
    }

    /** An exercise about the whole step rather than one sample. */
    public Exercise(Quantity quantity, String subject, String question, List<String> given, double expected,
                    Tolerance tolerance, String hint, String worked, List<Trap> traps) {
        this(quantity, subject, question, given, expected, tolerance, hint, worked, traps, -1);
    }

    /**
     * Whether the page must show a number as "?" while this question is open: the asked number and
     * those computed from it. A residual hides only itself; a chain-rule factor of one sample hides
     * that factor and that sample's product in every rule that contains it, and those rules'
     * gradients, step sizes and new values; a gradient (or slope), step size or new value hides
     * itself and what follows it, for its parameter.
     *
     * @param sample the number's sample (from 0), or −1 for a number of the whole step
     * @param parameter the number's parameter, or null in a lesson that trains only one
     * @param factors the chain-rule factors it is computed from, as the lesson writes them
     *                (e.g. "dy_1/dx_1"; a factor cell names only its own); empty when none is shown
     */
    public boolean hides(Concealable number, int sample, String parameter, List<String> factors) {
        boolean ofAsked = parameter == null || parameter.equals(this.parameter);
        return switch (quantity) {
            case RESIDUAL -> number == Concealable.RESIDUAL && sample == this.sample;
            case CHAIN_FACTOR -> factors.contains(factor) && switch (number) {
                case FACTOR, PRODUCT -> sample == this.sample;
                case GRADIENT, STEP_SIZE, NEW_VALUE -> true;
                case RESIDUAL -> false;
            };
            case SLOPE, GRADIENT -> ofAsked && number.compareTo(Concealable.GRADIENT) >= 0;
            case STEP_SIZE -> ofAsked && number.compareTo(Concealable.STEP_SIZE) >= 0;
            case NEW_VALUE -> ofAsked && number == Concealable.NEW_VALUE;
            case DELTA -> false;
        };
    }

    /** Checks a typed answer: correct, a named mistake, close, wrong, or not a number. */
    public Feedback check(String typed) {
        Answer a = Answer.parse(typed);
        if (!a.isNumber()) return feedback(Feedback.Verdict.UNREADABLE, null, a.text(), a.problem());
        double v = a.value();
        if (tolerance.accepts(v, expected)) {
            return feedback(Feedback.Verdict.CORRECT, null, a.text(), "Yes: " + subject + " is " + display(expected) + ".");
        }
        // Of the wrong methods the answer matches, the nearest explains it best (two samples' terms
        // can both round to what was typed); on a tie the earlier trap wins.
        Trap best = null;
        for (Trap t : traps) {
            if (tolerance.accepts(v, t.value()) && !tolerance.accepts(t.value(), expected)
                    && (best == null || Math.abs(v - t.value()) < Math.abs(v - best.value()))) {
                best = t;
            }
        }
        if (best != null) return feedback(Feedback.Verdict.MISTAKE, best.mistake(), a.text(), best.explanation());
        if (tolerance.isClose(v, expected)) {
            return feedback(Feedback.Verdict.CLOSE, null, a.text(), "Your method looks right, but " + display(v)
                    + " is just outside the tolerance (" + tolerance.describe() + "). Round only at the end: hover a number on the page to see all its digits.");
        }
        return feedback(Feedback.Verdict.WRONG, null, a.text(), display(v) + " is not " + subject
                + ", and it does not match a common mistake either. Check each number you used, or ask for a hint.");
    }

    private Feedback feedback(Feedback.Verdict verdict, Mistake mistake, String answer, String message) {
        return new Feedback(verdict, mistake, answer, message, hint, worked);
    }

    static String display(double v) { return Num.of(v).display(); }
}
