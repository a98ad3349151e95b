package io.stepwise.exercise;

/**
 * What one wrong method gives for an exercise: the mistake, the value it leads to, and one or two
 * sentences that explain it with the exercise's numbers.
 */
public record Trap(Mistake mistake, double value, String explanation) {}
