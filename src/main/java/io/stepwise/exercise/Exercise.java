package io.stepwise.exercise;

import io.stepwise.tutorial.Num;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * @param factor the chain-rule factor it asks for, as the lesson writes it (e.g. "dy_1/dx_1"), the neuron
 *               whose δ it asks for (e.g. "h1,1"), or null
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
     * Whether the page must show a number as "?" while this question is open: the asked number, those
     * computed from it, and those that add up to it. A residual hides itself, its sample's term of the
     * slope, and a formula that writes out every sample's residual; a chain-rule factor of one sample
     * hides that factor and that sample's product in every rule that contains it, and those rules'
     * gradients, step sizes and new values; a gradient (or slope) hides its products (they add up to
     * it) and, like a step size or new value, itself and what follows it, for its parameter; a δ
     * hides every number computed from it (a path through its neuron, the sums and δ of earlier
     * layers) and the output's ∂SSR/∂ŷ when it is the output's δ.
     *
     * @param sample the number's sample (from 0), or −1 for a number of the whole step (for a
     *               residual: one that writes out every sample's)
     * @param parameter the number's parameter, or null in a lesson that trains only one
     * @param factors the chain-rule factors it is computed from, as the lesson writes them
     *                (e.g. "dy_1/dx_1"; a factor cell names only its own), or for a δ question the
     *                neurons whose δ it is computed from (e.g. "h1,1"); empty when none is shown
     */
    public boolean hides(Concealable number, int sample, String parameter, List<String> factors) {
        boolean ofAsked = parameter == null || parameter.equals(this.parameter);
        return switch (quantity) {
            case RESIDUAL -> switch (number) {
                case RESIDUAL -> sample == this.sample || sample < 0;
                case PRODUCT -> sample == this.sample;
                default -> false;
            };
            case CHAIN_FACTOR -> factors.contains(factor) && switch (number) {
                case FACTOR, PRODUCT -> sample == this.sample;
                case GRADIENT, STEP_SIZE, NEW_VALUE -> true;
                case RESIDUAL, DELTA -> false;
            };
            case SLOPE, GRADIENT -> ofAsked && (number == Concealable.PRODUCT || update(number, Concealable.GRADIENT));
            case STEP_SIZE -> ofAsked && update(number, Concealable.STEP_SIZE);
            case NEW_VALUE -> ofAsked && number == Concealable.NEW_VALUE;
            case DELTA -> factors.contains(factor) && (sample < 0 || sample == this.sample);
        };
    }

    /** A descent step's number from {@code first} on: gradient, step size, new value, each computed from the one before. */
    private static boolean update(Concealable number, Concealable first) {
        return number.compareTo(first) >= 0 && number.compareTo(Concealable.NEW_VALUE) <= 0;
    }

    /**
     * A wrong method whose value differs from the right one by less than this share of it (or of 1)
     * cannot be told apart by any answer a student types, so it is not a mistake to look for.
     */
    static final double SAME = 1e-9;
    /** Beyond this many decimals more than typed, no student is asked for more digits. */
    private static final int MAX_EXTRA_DECIMALS = 12;

    /** The traps that give a value other than the right one: the mistakes an answer is told apart from. */
    public List<Trap> mistakes() {
        return traps.stream().filter(t -> Math.abs(t.value() - expected) > SAME * Math.max(1, Math.abs(expected))).toList();
    }

    /**
     * Checks a typed answer: correct, a named mistake, too rounded to tell, close, wrong, or not a
     * number. The answer is graded by the nearest candidate: it is correct only when it is within
     * the tolerance of the right value and nearer to it than to every mistake's value (near
     * convergence a step is smaller than the tolerance, so old + step is within it too). When the
     * right value and a mistake's round to the same number at the precision typed, the answer
     * cannot say which was meant, and the student is asked for more digits instead.
     */
    public Feedback check(String typed) {
        Answer a = Answer.parse(typed);
        if (!a.isNumber()) return feedback(Feedback.Verdict.UNREADABLE, null, a.text(), a.problem());
        double v = a.value();
        List<Trap> mistakes = mistakes();
        // Of the mistakes, the nearest explains the answer best; on a tie the earlier one wins.
        Trap nearest = null;
        for (Trap t : mistakes) {
            if (nearest == null || Math.abs(v - t.value()) < Math.abs(v - nearest.value())) nearest = t;
        }
        if (tolerance.accepts(v, expected)) {
            int needed = decimalsToTellApart(a.decimals(), mistakes);
            if (needed > a.decimals()) {
                return feedback(Feedback.Verdict.AMBIGUOUS, null, a.text(), "At the precision you typed, " + a.text()
                        + " could be the right answer or what a common mistake gives: the two round to the same number. Type at least "
                        + needed + (needed == 1 ? " decimal" : " decimals") + ": hover a number on the page to see all its digits, and round only at the end.");
            }
            if (nearest == null || Math.abs(v - expected) <= Math.abs(v - nearest.value())) {
                return feedback(Feedback.Verdict.CORRECT, null, a.text(), "Yes: " + subject + " is " + display(expected) + ".");
            }
            return feedback(Feedback.Verdict.MISTAKE, nearest.mistake(), a.text(), nearest.explanation());
        }
        if (nearest != null && tolerance.accepts(v, nearest.value())) {
            return feedback(Feedback.Verdict.MISTAKE, nearest.mistake(), a.text(), nearest.explanation());
        }
        if (tolerance.isClose(v, expected)) {
            return feedback(Feedback.Verdict.CLOSE, null, a.text(), "Your method looks right, but " + display(v)
                    + " is just outside the tolerance (" + tolerance.describe() + "). Round only at the end: hover a number on the page to see all its digits.");
        }
        return feedback(Feedback.Verdict.WRONG, null, a.text(), display(v) + " is not " + subject
                + ", and it does not match a common mistake either. Check each number you used, or ask for a hint.");
    }

    /**
     * The fewest decimals, at least {@code typed}, at which the right value and every mistake's
     * value round to different numbers: {@code typed} when they already do.
     */
    int decimalsToTellApart(int typed, List<Trap> mistakes) {
        for (int d = typed; d < typed + MAX_EXTRA_DECIMALS; d++) {
            double unit = Math.pow(10, -d);
            boolean apart = true;
            for (Trap t : mistakes) {
                // Values more than one unit apart never round to the same number.
                if (Math.abs(t.value() - expected) <= unit && rounded(t.value(), d).compareTo(rounded(expected, d)) == 0) {
                    apart = false;
                    break;
                }
            }
            if (apart) return d;
        }
        return typed + MAX_EXTRA_DECIMALS;
    }

    /** A value rounded half up to {@code decimals} decimals (negative: to tens, hundreds, …). */
    static BigDecimal rounded(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    private Feedback feedback(Feedback.Verdict verdict, Mistake mistake, String answer, String message) {
        return new Feedback(verdict, mistake, answer, message, hint, worked);
    }

    static String display(double v) { return Num.of(v).display(); }
}
