package io.stepwise.formula;

import io.stepwise.input.NumberText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A displayed formula: its MathML tree and a plain-text reading of it for copy and for
 * assistive technology that does not speak MathML. Static helpers build the trees tersely.
 */
public record Formula(MathNode root, String label) {

    public static MathNode mi(String text) { return new MathNode.Ident(text); }

    public static MathNode mo(String text) { return new MathNode.Op(text); }

    public static MathNode text(String text) { return new MathNode.Text(text); }

    /** A setting as typed (a learning rate of 0.1 stays 0.1), not rounded to three figures. */
    public static MathNode exact(double value) {
        return MathNode.Number.exact(NumberText.shown(NumberText.plain(value)));
    }

    public static MathNode row(MathNode... children) { return new MathNode.Row(List.of(children)); }

    public static MathNode row(List<MathNode> children) { return new MathNode.Row(List.copyOf(children)); }

    public static MathNode sub(MathNode base, String sub) { return new MathNode.Sub(base, mi(sub)); }

    /** A name with a numeric subscript, e.g. b₃ from ("b", "3"). */
    public static MathNode sub(String base, String sub) { return new MathNode.Sub(mi(base), MathNode.Number.exact(sub)); }

    public static MathNode sup(MathNode base, String sup) { return new MathNode.Sup(base, MathNode.Number.exact(sup)); }

    public static MathNode frac(MathNode numerator, MathNode denominator) { return new MathNode.Frac(numerator, denominator); }

    /** d top / d bottom, the Leibniz notation the lessons use. */
    public static MathNode derivative(MathNode top, MathNode bottom) {
        return frac(row(text("d"), top), row(text("d"), bottom));
    }

    /** Σ over the samples i = 1 … n (a count, written in full). */
    public static MathNode sum(int n) {
        return new MathNode.UnderOver(mo("Σ"), row(mi("i"), mo("="), exact(1)), exact(n));
    }

    public static MathNode paren(MathNode inner) { return row(mo("("), inner, mo(")")); }

    /** children joined by an operator: a + b + c. */
    public static MathNode joined(String op, List<MathNode> children) {
        List<MathNode> out = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            if (i > 0) out.add(mo(op));
            out.add(children.get(i));
        }
        return row(out);
    }

    public static MathNode joined(String op, MathNode... children) { return joined(op, Arrays.asList(children)); }
}
