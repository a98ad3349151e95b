package io.stepwise.exercise;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What one wrong method gives for an exercise: the mistake, the value it leads to, and one or two
 * sentences that explain it with the exercise's numbers.
 */
public record Trap(Mistake mistake, double value, Supplier<String> wording) {
    public Trap(Mistake mistake, double value, String explanation) { this(mistake, value, () -> explanation); }

    /** Worded only when an answer falls into the trap: most pages ask a question and grade nothing. */
    public String explanation() { return wording.get(); }

    /** Two traps are the same when their words are, however they were made (exercises are compared for determinism). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Trap t && t.mistake == mistake && Double.compare(t.value, value) == 0 && t.explanation().equals(explanation());
    }

    @Override
    public int hashCode() { return Objects.hash(mistake, value, explanation()); }

    @Override
    public String toString() { return "Trap[mistake=" + mistake + ", value=" + value + ", explanation=" + explanation() + "]"; }
}
