package io.stepwise.formula;

import java.util.List;

/**
 * A formula as a small MathML tree. Pages render it with native MathML, so it reads as real
 * mathematics, scales with the text and is spoken by screen readers; the server builds it so the
 * current step's numbers can be substituted in.
 */
public sealed interface MathNode {

    /** An identifier such as b₃ or SSR (mi). */
    record Ident(String text) implements MathNode {}

    /**
     * A number (mn), already rounded for display, with all its digits for the hover; full is null
     * where the text is the exact value (an index, a constant, a setting as typed): nothing to hover for.
     */
    record Number(String text, String full) implements MathNode {
        public static Number exact(String text) { return new Number(text, null); }
    }

    /** An operator or fence such as =, −, ·, Σ or ( (mo). */
    record Op(String text) implements MathNode {
        /** A parenthesis, drawn at text height: by default MathML stretches it to a Σ or fraction in its row. */
        public boolean fence() { return text.equals("(") || text.equals(")"); }
    }

    /** Plain words inside a formula (mtext). */
    record Text(String text) implements MathNode {}

    /** A horizontal group (mrow). */
    record Row(List<MathNode> children) implements MathNode {}

    /** base with a subscript (msub). */
    record Sub(MathNode base, MathNode sub) implements MathNode {}

    /** base with a superscript (msup). */
    record Sup(MathNode base, MathNode sup) implements MathNode {}

    /** A fraction (mfrac). */
    record Frac(MathNode numerator, MathNode denominator) implements MathNode {}

    /** A big operator with limits below and above (munderover), e.g. Σ from i = 1 to 3. */
    record UnderOver(MathNode base, MathNode under, MathNode over) implements MathNode {}
}
