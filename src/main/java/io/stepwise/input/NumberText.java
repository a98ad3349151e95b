package io.stepwise.input;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one reading of a number typed or sent as text, used by query strings, forms, CSV, typed
 * answers and (for the range) JSON. Accepted: a plain decimal with an optional exponent ({@code 0.1},
 * {@code -2}, {@code .5}, {@code 5.}, {@code 1e-3}, {@code 1E+2}), a leading {@code +}, the true
 * minus sign U+2212, spaces around the number and between its sign and its digits. Refused, although
 * {@link Double#parseDouble} would take them: hex floats ({@code 0x1p-3}), {@code Infinity},
 * {@code NaN}, type suffixes ({@code 1d}, {@code 1f}); also underscores, spaces between digits,
 * more than {@link #MAX_LENGTH} characters, and a decimal comma, with a message that says to use
 * a point ({@code 1,500} could be one and a half or fifteen hundred).
 */
public final class NumberText {
    public static final int MAX_LENGTH = 40;
    /** The minus sign pages show: −, not the hyphen. */
    public static final char MINUS = '\u2212';
    /** Compiled once: the rare inputs they are for ("− 0.5", "+007") must not cost a compile each. */
    private static final Pattern SIGN_SPACE = Pattern.compile("^([+-])\\s+");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^\\+?0*");

    private NumberText() {}

    /** What can be wrong with the text, before any range is checked. */
    public enum Problem { EMPTY, TOO_LONG, COMMA, NOT_A_NUMBER, NOT_FINITE, TOO_LARGE }

    /**
     * The outcome of reading one number.
     *
     * @param text the text as given, trimmed
     * @param ascii the text as read: true minus as '-', no space after the sign
     */
    public record Read(double value, Problem problem, String text, String ascii) {
        public boolean ok() { return problem == null; }

        /**
         * What is wrong, completing a sentence that starts with the field's name: "must be a
         * number, not “abc”"; null when the text is a number.
         */
        public String phrase() {
            if (problem == null) return null;
            return switch (problem) {
                case EMPTY -> "is empty";
                case TOO_LONG -> "is too long (at most " + MAX_LENGTH + " characters)";
                case COMMA -> "must use a point as the decimal separator, not a comma: “" + shorten(text) + "”";
                case NOT_A_NUMBER -> "must be a number, not “" + shorten(text) + "”";
                case NOT_FINITE -> "must be a finite number, not “" + shorten(text) + "”";
                case TOO_LARGE -> "is too large to compute with (“" + shorten(text) + "”)";
            };
        }

        /** Throws the problem, if any, as a sentence about the field; the value otherwise. */
        public double orThrow(String field, String label) {
            if (problem != null) throw new InputError(field, label + " " + phrase() + ".");
            return value;
        }
    }

    /** Reads a finite decimal number (see the class comment for what is accepted). */
    public static Read decimal(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) return failed(Problem.EMPTY, text);
        if (text.length() > MAX_LENGTH) return failed(Problem.TOO_LONG, text);
        // A space between the sign and the digits is harmless ("− 0.5"); one between digits is not ("2 61").
        String ascii = text.replace(MINUS, '-');
        // (Only a second character that \s matches can start such a space: most numbers skip the regex.)
        if (ascii.length() > 1 && " \t\n\u000B\f\r".indexOf(ascii.charAt(1)) >= 0) ascii = SIGN_SPACE.matcher(ascii).replaceFirst("$1");
        if (ascii.indexOf(',') >= 0) return new Read(Double.NaN, Problem.COMMA, text, ascii);
        if (!isDecimal(ascii)) {
            boolean named = ascii.matches("(?i)[+-]?(nan|inf|infinity)");
            return new Read(Double.NaN, named ? Problem.NOT_FINITE : Problem.NOT_A_NUMBER, text, ascii);
        }
        double v = Double.parseDouble(ascii);
        if (!Double.isFinite(v)) return new Read(Double.NaN, Problem.TOO_LARGE, text, ascii);
        return new Read(v, null, text, ascii);
    }

    /**
     * Reads a whole number: digits with an optional leading {@code +}. A sign, point, exponent or
     * comma makes it {@link Problem#NOT_A_NUMBER}; the caller words it with its range.
     */
    public static Read whole(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) return failed(Problem.EMPTY, text);
        if (text.length() > MAX_LENGTH) return failed(Problem.TOO_LONG, text);
        if (!isWhole(text)) return new Read(Double.NaN, Problem.NOT_A_NUMBER, text, text);
        String digits = text.charAt(0) == '+' || text.charAt(0) == '0' ? LEADING_ZEROS.matcher(text).replaceFirst("") : text;
        // Beyond 15 digits the value is only compared with a limit, never used.
        double v = digits.length() > 15 ? 1e15 : digits.isEmpty() ? 0 : Long.parseLong(digits);
        return new Read(v, null, text, text);
    }

    /**
     * Whether the text is a plain or scientific decimal, as {@code [+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?}
     * matches (ASCII digits only): scanned by hand, as a matcher costs more than the rest of reading a number.
     */
    static boolean isDecimal(String s) {
        int n = s.length(), i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        int whole = digits(s, i);
        i += whole;
        int fraction = 0;
        if (i < n && s.charAt(i) == '.') {
            fraction = digits(s, ++i);
            i += fraction;
        }
        if (whole == 0 && fraction == 0) return false;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int exponent = digits(s, i);
            if (exponent == 0) return false;
            i += exponent;
        }
        return i == n;
    }

    /** Whether the text is digits with an optional leading '+', as {@code \\+?\\d+} matches. */
    static boolean isWhole(String s) {
        int start = !s.isEmpty() && s.charAt(0) == '+' ? 1 : 0;
        int count = digits(s, start);
        return count > 0 && start + count == s.length();
    }

    /** How many ASCII digits start at index from. */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        return i - from;
    }

    /**
     * Short text that reads back as exactly this double: "0.1", "3", "-2.5", "0.001", "1e-7",
     * "1.5e20" (plain unless scientific notation is clearly shorter). Uses '-': URLs and CSV want ASCII.
     */
    public static String compact(double v) { return COMPACT.of(v); }

    private static final Recent<String> COMPACT = new Recent<>(NumberText::compactText);
    private static final Recent<String> PLAIN = new Recent<>(NumberText::plainText);

    private static String compactText(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        if (v == 0) return (1 / v < 0) ? "-0" : "0";
        String text = ShortestDecimal.of(v);
        if (text.indexOf('E') < 0) return compact(text);
        BigDecimal exact = new BigDecimal(text).stripTrailingZeros();
        String plain = exact.toPlainString();
        String digits = exact.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - exact.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String scientific = (v < 0 ? "-" : "") + mantissa + "e" + exponent;
        // Plain reads better ("0.001", not "1e-3"); scientific only where it saves real length.
        return scientific.length() + 2 < plain.length() ? scientific : plain;
    }

    /**
     * The same as the BigDecimal route for a double whose {@link Double#toString} has no exponent
     * (0.001 ≤ |v| < 10⁷, where nearly every value is): read off that text, which is what
     * BigDecimal.valueOf reads, without building one.
     */
    private static String compact(String text) {
        String plain = plain(text);
        int start = text.charAt(0) == '-' ? 1 : 0;
        int point = text.indexOf('.');
        int first = start; // the first significant digit
        while (text.charAt(first) == '0' || text.charAt(first) == '.') first++;
        int exponent = first < point ? point - first - 1 : point - first;
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = first; i < text.length(); i++) if (text.charAt(i) != '.') digits.append(text.charAt(i));
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        digits.setLength(end);
        if (end > 1) digits.insert(1, '.');
        String scientific = (start == 1 ? "-" : "") + digits + "e" + exponent;
        return scientific.length() + 2 < plain.length() ? scientific : plain;
    }

    /** The value written out in full, never in scientific notation: "0.0001", "1000". */
    public static String plain(double v) { return PLAIN.of(v); }

    private static String plainText(double v) {
        if (Double.isFinite(v) && v != 0) {
            String text = ShortestDecimal.of(v);
            if (text.indexOf('E') < 0) return plain(text);
            return plain(new BigDecimal(text));
        }
        return plain(BigDecimal.valueOf(v));
    }

    /** Double.toString's text without an exponent, less its trailing zeros ("2.0" is "2", "-0.50" cannot occur). */
    private static String plain(String text) {
        int end = text.length();
        while (text.charAt(end - 1) == '0') end--;
        if (text.charAt(end - 1) == '.') end--;
        return text.substring(0, end);
    }

    /** The same for a decimal: without trailing zeros, never in scientific notation. */
    public static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** Text as a page shows it, with the true minus sign; URLs, CSV and JSON keep the ASCII '-'. */
    public static String shown(String ascii) {
        return ascii.replace('-', MINUS);
    }

    /** Quoted input is cut to 24 characters in messages. */
    public static String shorten(String s) {
        return s.length() > 24 ? s.substring(0, 24) + "…" : s;
    }

    private static Read failed(Problem problem, String text) {
        return new Read(Double.NaN, problem, text, text);
    }
}
