package io.stepwise.lessons.dp;

import static io.stepwise.formula.Formula.frac;
import static io.stepwise.formula.Formula.mi;
import static io.stepwise.formula.Formula.mo;
import static io.stepwise.formula.Formula.row;
import static io.stepwise.formula.Formula.sub;
import static io.stepwise.formula.Formula.text;

import io.stepwise.formula.Formula;
import io.stepwise.formula.MathNode;

/** The recurrences of the dynamic-programming lesson, as MathML. */
public final class DpFormulas {
    private static final MathNode DELTA = mi("δ");

    private DpFormulas() {}

    private static MathNode partial(MathNode top, MathNode bottom) {
        return frac(row(mo("∂"), top), row(mo("∂"), bottom));
    }

    public static final Formula OUTPUT = new Formula(row(sub(DELTA, "out"), mo("="), partial(mi("SSR"), mi("ŷ")), mo("·"),
            mi("f′"), mo("("), sub(mi("z"), "out"), mo(")"), mo("="), mo("−"), text("2"), mo("·"),
            mo("("), mi("y"), mo("−"), mi("ŷ"), mo(")"), mo("·"), mi("f′"), mo("("), sub(mi("z"), "out"), mo(")")),
            "delta of the output = dSSR/dŷ · f′(z_out) = −2 · (y − ŷ) · f′(z_out)");

    public static final Formula HIDDEN = new Formula(row(sub(DELTA, "j"), mo("="), mi("f′"), mo("("), sub(mi("z"), "j"), mo(")"),
            mo("·"), new MathNode.UnderOver(mo("Σ"), mi("k"), row()), sub(mi("w"), "kj"), mo("·"), sub(DELTA, "k")),
            "delta of neuron j = f′(z_j) · sum over the next layer's neurons k of w_kj · delta_k");

    public static final Formula GRADIENT = new Formula(row(partial(mi("SSR"), sub(mi("w"), "ji")), mo("="),
            new MathNode.UnderOver(mo("Σ"), text("samples"), row()), sub(DELTA, "j"), mo("·"), sub(mi("a"), "i"),
            text("\u2003and\u2003"), partial(mi("SSR"), sub(mi("b"), "j")), mo("="),
            new MathNode.UnderOver(mo("Σ"), text("samples"), row()), sub(DELTA, "j")),
            "dSSR/dw_ji = sum over samples of delta_j · a_i, and dSSR/db_j = sum over samples of delta_j");

}
