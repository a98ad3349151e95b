package io.stepwise.playground;

import static io.stepwise.formula.Formula.frac;
import static io.stepwise.formula.Formula.mi;
import static io.stepwise.formula.Formula.mo;
import static io.stepwise.formula.Formula.paren;
import static io.stepwise.formula.Formula.row;
import static io.stepwise.formula.Formula.sub;
import static io.stepwise.formula.Formula.sup;
import static io.stepwise.formula.Formula.text;
import static io.stepwise.tutorial.FormulaNumbers.mn;

import io.stepwise.engine.Activation;
import io.stepwise.formula.Formula;
import io.stepwise.formula.MathNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The chain rule of a playground setup as MathML: its loss, the loss's slope with respect to a
 * prediction, δ at the output and in the hidden layers, each gradient read off δ, and the update.
 */
public final class PlaygroundFormulas {
    private static final MathNode DELTA = mi("δ");
    private static final MathNode Y = mi("y");
    private static final MathNode Y_HAT = mi("ŷ");

    private PlaygroundFormulas() {}

    public static List<Formula> of(PlaygroundSetup setup) {
        String name = Playground.lossName(setup.loss());
        MathNode loss = mi(name);
        int n = setup.data().size() * setup.architecture().outputCount();
        MathNode residual = paren(row(Y, mo("−"), Y_HAT));
        MathNode sumAll = new MathNode.UnderOver(mo("Σ"), text("samples, outputs"), row());
        List<Formula> formulas = new ArrayList<>();

        MathNode scale = switch (setup.loss()) {
            case SSR -> row();
            case HALF_SSE -> row(frac(mn(1), mn(2)));
            case MSE -> row(frac(mn(1), mn(n)));
        };
        String scaleText = switch (setup.loss()) {
            case SSR -> "";
            case HALF_SSE -> "½ · ";
            case MSE -> "1/" + n + " · ";
        };
        formulas.add(new Formula(row(loss, mo("="), scale, sumAll, sup(residual, "2")),
                name + " = " + scaleText + "sum over the samples and outputs of (y − ŷ) squared"));

        MathNode slope = switch (setup.loss()) {
            case SSR -> row(mo("−"), mn(2), mo("·"), residual);
            case HALF_SSE -> row(mo("−"), residual);
            case MSE -> row(mo("−"), frac(mn(2), mn(n)), mo("·"), residual);
        };
        String slopeText = switch (setup.loss()) {
            case SSR -> "−2 · (y − ŷ)";
            case HALF_SSE -> "−(y − ŷ)";
            case MSE -> "−2/" + n + " · (y − ŷ)";
        };
        formulas.add(new Formula(row(partial(loss, Y_HAT), mo("="), slope), "d" + name + "/dŷ = " + slopeText));

        Activation out = setup.output();
        formulas.add(new Formula(row(sub(DELTA, "out"), mo("="), partial(loss, Y_HAT), mo("·"), mi(out.id() + "′"),
                paren(sub(mi("z"), "out"))), "δ of an output = d" + name + "/dŷ · " + out.id() + "′(z_out)"));

        if (setup.architecture().layerCount() > 2) {
            Activation hidden = setup.hidden();
            formulas.add(new Formula(row(sub(DELTA, "j"), mo("="), mi(hidden.id() + "′"), paren(sub(mi("z"), "j")), mo("·"),
                    new MathNode.UnderOver(mo("Σ"), mi("k"), row()), sub(mi("w"), "kj"), mo("·"), sub(DELTA, "k")),
                    "δ of hidden neuron j = " + hidden.id() + "′(z_j) · sum over the next layer's neurons k of w_kj · δ_k"));
        }

        MathNode overSamples = new MathNode.UnderOver(mo("Σ"), text("samples"), row());
        formulas.add(new Formula(row(partial(loss, sub(mi("w"), "ji")), mo("="), overSamples, sub(DELTA, "j"), mo("·"),
                sub(mi("a"), "i"), text("\u2003and\u2003"), partial(loss, sub(mi("b"), "j")), mo("="), overSamples, sub(DELTA, "j")),
                "d" + name + "/dw_ji = sum over the samples of δ_j · a_i, and d" + name + "/db_j = sum over the samples of δ_j"));

        formulas.add(new Formula(row(text("new value"), mo("="), text("value"), mo("−"), text("learning rate"), mo("×"),
                text("gradient")), "new value = value − learning rate × gradient"));
        return List.copyOf(formulas);
    }

    private static MathNode partial(MathNode top, MathNode bottom) {
        return frac(row(mo("∂"), top), row(mo("∂"), bottom));
    }
}
