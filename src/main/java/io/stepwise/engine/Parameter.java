package io.stepwise.engine;

/**
 * One weight or bias, by its lesson name (w1, w2, …, b1, b2, …). Its flat index orders all
 * weights first, then all biases: the order of a gradient vector.
 */
public record Parameter(boolean isWeight, int index) {

    public String name() { return (isWeight ? "w" : "b") + (index + 1); }

    public int flatIndex(Architecture arch) { return isWeight ? index : arch.weightCount() + index; }

    public static Parameter ofFlatIndex(Architecture arch, int flat) {
        int w = arch.weightCount();
        return flat < w ? new Parameter(true, flat) : new Parameter(false, flat - w);
    }

    /** The parameter named e.g. "w3" or "b1" in this architecture, or null when there is none. */
    public static Parameter parse(Architecture arch, String name) {
        if (name == null || name.length() < 2 || name.length() > 7) return null;
        char kind = name.charAt(0);
        if (kind != 'w' && kind != 'b') return null;
        String digits = name.substring(1);
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.startsWith("0")) return null;
        int number = Integer.parseInt(digits);
        int count = kind == 'w' ? arch.weightCount() : arch.biasCount();
        return number <= count ? new Parameter(kind == 'w', number - 1) : null;
    }

    @Override
    public String toString() { return name(); }
}
