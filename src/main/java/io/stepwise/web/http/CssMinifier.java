package io.stepwise.web.http;

/**
 * Shrinks the stylesheet as it is read at start-up, so the source keeps its comments and layout:
 * drops comments, turns each run of whitespace into one space, and drops that space next to
 * { } ; , and after a colon, where CSS never needs it, and a rule's last semicolon. Everything
 * else is kept: a space before a colon ("a :hover" is not "a:hover") or a parenthesis
 * ("and (" is not the function "and("), around + and - ("calc(1px + 2px)"), and strings and url(…) as written.
 */
public final class CssMinifier {
    private static final String TIGHT = "{};,";

    private CssMinifier() {}

    public static String minify(String css) {
        StringBuilder out = new StringBuilder(css.length());
        boolean space = false;
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '/' && css.startsWith("*", i + 1)) {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 2;
                space = true; // a comment separates tokens like whitespace does
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
                i++;
                continue;
            }
            if (space && !out.isEmpty() && TIGHT.indexOf(c) < 0 && TIGHT.indexOf(last(out)) < 0 && last(out) != ':') out.append(' ');
            space = false;
            if (c == '}' && !out.isEmpty() && last(out) == ';') out.setLength(out.length() - 1);
            int end = verbatimEnd(css, i);
            out.append(css, i, end);
            i = end;
        }
        return out.toString();
    }

    private static char last(StringBuilder out) { return out.charAt(out.length() - 1); }

    /** Where the token at i ends: past a whole string or url(…), else past its one character. */
    private static int verbatimEnd(String css, int i) {
        char c = css.charAt(i);
        if (c == '"' || c == '\'') {
            int j = i + 1;
            while (j < css.length() && css.charAt(j) != c) j += css.charAt(j) == '\\' ? 2 : 1;
            return Math.min(j + 1, css.length());
        }
        if (css.regionMatches(true, i, "url(", 0, 4)) {
            int j = i + 4;
            while (j < css.length() && Character.isWhitespace(css.charAt(j))) j++;
            if (j < css.length() && (css.charAt(j) == '"' || css.charAt(j) == '\'')) return i + 4; // a string: kept as one
            int close = css.indexOf(')', j);
            return close < 0 ? css.length() : close + 1;
        }
        return i + 1;
    }
}
