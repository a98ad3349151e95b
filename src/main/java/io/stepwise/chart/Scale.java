package io.stepwise.chart;

import java.util.List;

/**
 * Maps a data interval (the domain) onto a pixel interval (the range), and back. The range may be
 * reversed, as a y axis is: SVG's y grows downwards.
 */
public interface Scale {

    /** The pixel position of a data value. */
    double apply(double value);

    /** The data value at a pixel position: {@code invert(apply(v)) == v} up to rounding. */
    double invert(double pixel);

    double domainMin();

    double domainMax();

    double rangeStart();

    double rangeEnd();

    /** Round values in the domain to label the axis with, about {@code count} of them. */
    List<Tick> ticks(int count);

    /** A tick: its data value and its label. */
    record Tick(double value, String label) {}
}
