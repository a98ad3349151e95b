package io.stepwise.exercise;

import io.stepwise.input.NumberText;

/**
 * How close an answer must be: accepted when |answer − expected| ≤ absolute or
 * |answer − expected| ≤ relative · |expected|. The absolute part matters near 0, where any
 * relative band shrinks to nothing; the relative part lets a student type a value rounded to
 * three significant figures (at most 0.5 % off).
 */
public record Tolerance(double absolute, double relative) {
    /** ±0.0005, or 1 %. */
    public static final Tolerance DEFAULT = new Tolerance(0.0005, 0.01);
    /** An answer within this many times the tolerance, but outside it, is called close. */
    public static final double CLOSE_FACTOR = 5;

    public Tolerance {
        if (!(absolute >= 0) || !Double.isFinite(absolute)) throw new IllegalArgumentException("absolute tolerance must be a finite number ≥ 0");
        if (!(relative >= 0) || !(relative < 1)) throw new IllegalArgumentException("relative tolerance must be ≥ 0 and below 1");
        if (absolute == 0 && relative == 0) throw new IllegalArgumentException("the tolerance cannot be 0 both ways");
    }

    public boolean accepts(double answer, double expected) {
        double gap = Math.abs(answer - expected);
        return gap <= absolute || gap <= relative * Math.abs(expected);
    }

    /** Outside the tolerance but within {@link #CLOSE_FACTOR} times it: usually rounding, not method. */
    public boolean isClose(double answer, double expected) {
        return !accepts(answer, expected) && new Tolerance(absolute * CLOSE_FACTOR, Math.min(0.5, relative * CLOSE_FACTOR)).accepts(answer, expected);
    }

    /** "±0.0005 or 1 %": both parts, as the student sees them. */
    public String describe() {
        String abs = "±" + NumberText.plain(absolute);
        String rel = NumberText.plain(relative * 100) + " %";
        if (relative == 0) return abs;
        if (absolute == 0) return rel;
        return abs + " or " + rel;
    }
}
