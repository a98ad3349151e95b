package io.stepwise.chart;

/** A point, in data units or in pixels depending on where it is used. */
public record Point(double x, double y) {}
