package io.stepwise.exercise;

/**
 * The result of checking one answer.
 *
 * @param mistake the named mistake when the verdict is {@link Verdict#MISTAKE}, else null
 * @param answer the answer as typed (trimmed)
 * @param message what the verdict means for this answer, in one or two sentences
 * @param hint a nudge towards the method, without the result
 * @param worked the worked answer with the numbers
 */
public record Feedback(Verdict verdict, Mistake mistake, String answer, String message, String hint, String worked) {

    public enum Verdict {
        /** Within the tolerance. */
        CORRECT,
        /** Matches what a named wrong method gives. */
        MISTAKE,
        /** Within the tolerance, but so rounded that it also fits a mistake's value: more digits are needed. */
        AMBIGUOUS,
        /** Just outside the tolerance: usually rounding too early. */
        CLOSE,
        /** Wrong, and no known mistake explains it. */
        WRONG,
        /** Not a number. */
        UNREADABLE
    }

    public boolean correct() { return verdict == Verdict.CORRECT; }

    /** A short heading: "Correct", the mistake's name, "More digits, please", "Close", "Not quite" or "Not a number". */
    public String title() {
        return switch (verdict) {
            case CORRECT -> "Correct";
            case MISTAKE -> mistake.title();
            case AMBIGUOUS -> "More digits, please";
            case CLOSE -> "Close, but outside the tolerance";
            case WRONG -> "Not quite";
            case UNREADABLE -> "Not a number";
        };
    }
}
