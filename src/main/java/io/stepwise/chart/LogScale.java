package io.stepwise.chart;

import java.util.List;

/**
 * pixel = rangeStart + (log₁₀ value − log₁₀ domainMin) · (rangeEnd − rangeStart) / (log₁₀ domainMax − log₁₀ domainMin):
 * equal ratios get equal distances, so a quantity that shrinks by the same factor each step falls
 * along a straight line. Only positive values have a position.
 */
public record LogScale(double domainMin, double domainMax, double rangeStart, double rangeEnd) implements Scale {

    public LogScale {
        if (!(domainMin > 0 && Double.isFinite(domainMax) && domainMax > domainMin)) {
            throw new IllegalArgumentException("a log domain needs 0 < min < max, not [" + domainMin + ", " + domainMax + "]");
        }
        if (!(Double.isFinite(rangeStart) && Double.isFinite(rangeEnd))) throw new IllegalArgumentException("range must be finite");
    }

    /** A scale whose domain is [min, max] widened to whole powers of ten. Both must be positive. */
    public static LogScale nice(double min, double max, double rangeStart, double rangeEnd) {
        double[] d = Ticks.niceLog(min, max);
        return new LogScale(d[0], d[1], rangeStart, rangeEnd);
    }

    @Override
    public double apply(double value) {
        double lo = Math.log10(domainMin);
        return rangeStart + (Math.log10(value) - lo) * (rangeEnd - rangeStart) / (Math.log10(domainMax) - lo);
    }

    @Override
    public double invert(double pixel) {
        double lo = Math.log10(domainMin);
        return Math.pow(10, lo + (pixel - rangeStart) * (Math.log10(domainMax) - lo) / (rangeEnd - rangeStart));
    }

    @Override
    public List<Tick> ticks(int count) {
        return Ticks.log(domainMin, domainMax, count);
    }
}
