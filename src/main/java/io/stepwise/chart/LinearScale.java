package io.stepwise.chart;

import java.util.List;

/** pixel = rangeStart + (value − domainMin) · (rangeEnd − rangeStart) / (domainMax − domainMin). */
public record LinearScale(double domainMin, double domainMax, double rangeStart, double rangeEnd) implements Scale {

    public LinearScale {
        if (!(Double.isFinite(domainMin) && Double.isFinite(domainMax) && domainMax > domainMin)) {
            throw new IllegalArgumentException("a linear domain needs finite bounds with max > min, not [" + domainMin + ", " + domainMax + "]");
        }
        if (!(Double.isFinite(rangeStart) && Double.isFinite(rangeEnd))) throw new IllegalArgumentException("range must be finite");
    }

    /**
     * A scale whose domain is [min, max] widened to round numbers (see {@link Ticks#nice}), so the
     * axis starts and ends on a tick.
     */
    public static LinearScale nice(double min, double max, int tickCount, double rangeStart, double rangeEnd) {
        double[] d = Ticks.nice(min, max, tickCount);
        return new LinearScale(d[0], d[1], rangeStart, rangeEnd);
    }

    @Override
    public double apply(double value) {
        return rangeStart + fraction(value) * (rangeEnd - rangeStart);
    }

    @Override
    public double invert(double pixel) {
        double t = (pixel - rangeStart) / (rangeEnd - rangeStart);
        return domainMin + t * (domainMax / 2 - domainMin / 2) * 2;
    }

    /** How far along the domain a value is, 0 at min and 1 at max; halved first so that even a domain near the largest doubles does not overflow. */
    private double fraction(double value) {
        return (value / 2 - domainMin / 2) / (domainMax / 2 - domainMin / 2);
    }

    /** Pixels per data unit along this axis; negative for a y axis drawn upwards. */
    public double pixelsPerUnit() {
        return (rangeEnd - rangeStart) / (domainMax - domainMin);
    }

    @Override
    public List<Tick> ticks(int count) {
        return Ticks.linear(domainMin, domainMax, count);
    }
}
