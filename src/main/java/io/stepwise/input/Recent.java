package io.stepwise.input;

import java.util.function.DoubleFunction;

/**
 * The text (or other immutable value) last made for each of many doubles, kept by their bits in a
 * fixed table: a page writes many of its numbers more than once (a step's new b3 is the next
 * step's b3; tables, charts, links and the exercise quote the same values), and writing a double
 * in full is most of the cost of writing one. Entries are immutable, so threads share the slots without
 * locking; one that overwrites another only costs a recount.
 *
 * @param <T> what is made from a double; must be immutable
 */
public final class Recent<T> {
    private static final int BITS = 12;
    private final Entry<?>[] slots = new Entry<?>[1 << BITS];
    private final DoubleFunction<T> make;

    private record Entry<T>(long bits, T value) {}

    /** @param make a pure function of the double's bits */
    public Recent(DoubleFunction<T> make) { this.make = make; }

    @SuppressWarnings("unchecked")
    public T of(double v) {
        long bits = Double.doubleToRawLongBits(v);
        int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> (64 - BITS));
        Entry<?> e = slots[slot];
        if (e != null && e.bits == bits) return (T) e.value;
        T value = make.apply(v);
        slots[slot] = new Entry<>(bits, value);
        return value;
    }
}
