package io.stepwise.input;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * A double as {@link Double#toString} writes it since Java 19: the shortest decimal that reads
 * back as the same double (of those, the closest; of two, the even one), found with Giulietti's
 * method ("The Schubfach way to render doubles", 2020). Java 17's own conversion costs about three
 * times as much, and a lesson step writes dozens of numbers in full. The text is Java 17's too,
 * except for some doubles beyond 10¹⁶ or below 10⁻¹⁶, where Java 17 may write a digit more than
 * needed; either text reads back as the same double.
 */
public final class ShortestDecimal {
    private ShortestDecimal() {}

    /** A double is c·2^q: c below 2^53, q from Q_MIN up. */
    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << 52;
    private static final long MASK_63 = (1L << 63) - 1;
    /** The range of k in 10^k that brackets any double. */
    private static final int K_MIN = flog10pow2(Q_MIN);
    private static final int K_MAX = flog10pow2(971);
    /**
     * For each k, g = ⌊10^−k · 2^(125 − ⌊log2 10^−k⌋)⌋ + 1 in two halves, each worked out the first
     * time a number needs it: the whole table takes tens of milliseconds, and pages use a few dozen
     * of its rows. Entries are immutable, so threads share the slots without locking.
     */
    private static final Scale[] G = new Scale[K_MAX - K_MIN + 1];

    /** g >> 63, then g's low 63 bits. */
    private record Scale(long g1, long g0) {}
    private static final byte[] PAIRS = new byte[200];
    private static final long[] POWERS = new long[19];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[i * 2] = (byte) ('0' + i / 10);
            PAIRS[i * 2 + 1] = (byte) ('0' + i % 10);
        }
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) POWERS[i] = POWERS[i - 1] * 10;
    }

    /** The same text as {@code Double.toString(v)} on Java 19 and later. */
    public static String of(double v) {
        long bits = Double.doubleToRawLongBits(v);
        int bq = (int) (bits >>> 52) & 0x7FF;
        // NaN, the infinities, zeros and subnormals: rare, and Java's own path is quick or right for them.
        if (bq == 0x7FF || bq == 0) return Double.toString(v);
        boolean negative = bits < 0;
        long c = C_MIN | bits & (C_MIN - 1);
        int q = bq - 1075;
        if (q < 0 && q > -53) {
            long f = c >> -q;
            if (f << -q == c) return text(negative, f, 0); // an integer below 2^53: its digits are the shortest
        }
        return decimal(negative, q, c);
    }

    /** The shortest decimal in the interval of reals that round to c·2^q. */
    private static String decimal(boolean negative, int q, long c) {
        // In quarters of 2^q: the double is cb, its rounding interval runs from cbl to cbr.
        int out = (int) c & 1; // an odd c rounds its interval's ends away, so they are out
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            // A power of two: the double below is half as far as the one above.
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        Scale g = G[k - K_MIN];
        if (g == null) G[k - K_MIN] = g = scale(k);
        long g1 = g.g1, g0 = g.g0;
        // vb ≈ 4·v·10^−k, and so the ends; each rounded down, its last bit set when anything was dropped.
        long vb = rop(g1, g0, cb << h);
        long vbl = rop(g1, g0, cbl << h);
        long vbr = rop(g1, g0, cbr << h);
        long s = vb >> 2;
        if (s >= 100) {
            // A digit shorter, when exactly one of the two neighbouring multiples of ten is in the interval.
            long sp10 = 10 * Math.multiplyHigh(s, 115_292_150_460_684_698L << 4);
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) return text(negative, upin ? sp10 : tp10, k);
        }
        long t = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (t << 2) + out <= vbr;
        if (uin != win) return text(negative, uin ? s : t, k);
        // Both in: the closer, or on a tie the even one.
        long cmp = vb - (s + t << 1);
        return text(negative, cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k);
    }

    /** ⌊g·cp / 2^127⌋, with its lowest bit set when the division leaves a remainder. */
    private static long rop(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | (z & MASK_63) + MASK_63 >>> 63;
    }

    /** ⌊q·log10 2⌋, exact for every q a double has. */
    static int flog10pow2(int q) { return (int) (q * 661_971_961_083L >> 41); }

    /** ⌊log10 (¾·2^q)⌋. */
    static int flog10threeQuartersPow2(int q) { return (int) (q * 661_971_961_083L - 274_743_187_321L >> 41); }

    /** ⌊e·log2 10⌋. */
    static int flog2pow10(int e) { return (int) (e * 913_124_641_741L >> 38); }

    private static Scale scale(int k) {
        BigInteger num = k <= 0 ? BigInteger.TEN.pow(-k) : BigInteger.ONE;
        BigInteger den = k <= 0 ? BigInteger.ONE : BigInteger.TEN.pow(k);
        int shift = 125 - flog2pow10(-k);
        if (shift >= 0) num = num.shiftLeft(shift);
        else den = den.shiftLeft(-shift);
        BigInteger g = num.divide(den).add(BigInteger.ONE);
        return new Scale(g.shiftRight(63).longValueExact(), g.and(MASK).longValueExact());
    }

    private static final BigInteger MASK = BigInteger.valueOf(MASK_63);

    /**
     * f·10^e as Double.toString writes it: plain from 10^−3 up to 10^7 ("0.00123", "1234.5",
     * "3.0"), else one digit before the point and an exponent ("1.0E7", "-4.5E-5").
     */
    private static String text(boolean negative, long f, int e) {
        while (f % 10 == 0) {
            f /= 10;
            e++;
        }
        int len = 1;
        while (len < POWERS.length && f >= POWERS[len]) len++;
        int exponent = e + len - 1; // of the first digit
        byte[] out = new byte[len + 28];
        int n = 0;
        if (negative) out[n++] = '-';
        if (exponent >= 0 && exponent < 7) {
            digits(out, n, f, len);
            if (len <= exponent + 1) {
                n += len;
                for (int i = len; i <= exponent; i++) out[n++] = '0';
                out[n++] = '.';
                out[n++] = '0';
            } else {
                int point = n + exponent + 1;
                System.arraycopy(out, point, out, point + 1, len - exponent - 1);
                out[point] = '.';
                n += len + 1;
            }
        } else if (exponent < 0 && exponent >= -3) {
            out[n++] = '0';
            out[n++] = '.';
            for (int i = -1; i > exponent; i--) out[n++] = '0';
            digits(out, n, f, len);
            n += len;
        } else {
            digits(out, n + 1, f, len);
            out[n] = out[n + 1];
            out[n + 1] = '.';
            n += len + 1;
            if (len == 1) out[n++] = '0';
            out[n++] = 'E';
            if (exponent < 0) out[n++] = '-';
            int a = Math.abs(exponent);
            if (a >= 100) out[n++] = (byte) ('0' + a / 100);
            if (a >= 10) out[n++] = (byte) ('0' + a / 10 % 10);
            out[n++] = (byte) ('0' + a % 10);
        }
        return new String(out, 0, n, StandardCharsets.ISO_8859_1);
    }

    /** The len decimal digits of f into out from index at, two at a time. */
    private static void digits(byte[] out, int at, long f, int len) {
        int i = at + len;
        while (f >= 10) {
            int pair = (int) (f % 100) * 2;
            f /= 100;
            out[--i] = PAIRS[pair + 1];
            out[--i] = PAIRS[pair];
        }
        if (i > at) out[--i] = (byte) ('0' + f);
    }
}
