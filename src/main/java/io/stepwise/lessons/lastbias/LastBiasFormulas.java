package io.stepwise.lessons.lastbias;

import static io.stepwise.formula.Formula.derivative;
import static io.stepwise.formula.Formula.exact;
import static io.stepwise.formula.Formula.text;
import static io.stepwise.formula.Formula.joined;
import static io.stepwise.formula.Formula.mi;
import static io.stepwise.formula.Formula.mo;
import static io.stepwise.formula.Formula.paren;
import static io.stepwise.formula.Formula.row;
import static io.stepwise.formula.Formula.sub;
import static io.stepwise.formula.Formula.sum;
import static io.stepwise.formula.Formula.sup;
import static io.stepwise.tutorial.FormulaNumbers.mn;
import static io.stepwise.tutorial.FormulaNumbers.signed;

import io.stepwise.engine.Step;
import io.stepwise.formula.Formula;
import io.stepwise.formula.MathNode;
import io.stepwise.input.NumberText;
import java.util.ArrayList;
import java.util.List;
import io.stepwise.tutorial.FormulaNumbers;
import io.stepwise.tutorial.Num;
import io.stepwise.tutorial.DosageExample;

/** The formulas of the "fit the last bias" lesson: the general ones, and the current step's with its numbers. */
public final class LastBiasFormulas {
    private static final MathNode B3 = sub("b", "3");
    private static final MathNode SSR = mi("SSR");
    private static final MathNode OBSERVED = sub(mi("observed"), "i");
    private static final MathNode PREDICTED = sub(mi("predicted"), "i");
    private static final int SAMPLES = DosageExample.DATA.size();

    private LastBiasFormulas() {}

    public static final Formula PREDICTION = new Formula(row(mi("predicted"), mo("="),
            sub("w", "3"), mo("·"), mi("softplus"), paren(row(sub("w", "1"), mo("·"), mi("dosage"), mo("+"), sub("b", "1"))),
            mo("+"), sub("w", "4"), mo("·"), mi("softplus"), paren(row(sub("w", "2"), mo("·"), mi("dosage"), mo("+"), sub("b", "2"))),
            mo("+"), B3),
            "predicted = w3 · softplus(w1 · dosage + b1) + w4 · softplus(w2 · dosage + b2) + b3");

    public static final Formula LOSS = new Formula(row(SSR, mo("="), sum(SAMPLES), sup(paren(row(OBSERVED, mo("−"), PREDICTED)), "2")),
            "SSR = sum over the samples of (observed − predicted) squared");

    public static final Formula CHAIN_RULE = new Formula(row(derivative(SSR, B3), mo("="), sum(SAMPLES),
            derivative(SSR, PREDICTED), mo("·"), derivative(PREDICTED, B3)),
            "dSSR/db3 = sum over the samples of dSSR/dpredicted times dpredicted/db3");

    public static final Formula SLOPE = new Formula(row(derivative(SSR, B3), mo("="), sum(SAMPLES),
            mn(-2), mo("·"), paren(row(OBSERVED, mo("−"), PREDICTED)), mo("·"), mn(1)),
            "dSSR/db3 = sum over the samples of −2 · (observed − predicted) · 1");

    public static final Formula UPDATE = new Formula(row(text("new\u00a0"), B3, mo("="), text("old\u00a0"), B3, mo("−"),
            mi("step size"), mo(","), text("\u2003"), mi("step size"), mo("="), mi("slope"), mo("×"), mi("learning rate")),
            "new b3 = old b3 − step size, where step size = slope × learning rate");

    /** The current step worked out: the slope's terms, the step size and the update, with numbers. */
    static List<Formula> worked(Step step, double b3, double learningRate, double stepSize) {
        List<MathNode> terms = new ArrayList<>();
        StringBuilder label = new StringBuilder("dSSR/db3 =");
        for (int s = 0; s < step.predictions().length; s++) {
            double observed = DosageExample.DATA.target(s, 0);
            double predicted = step.predictions()[s][0];
            terms.add(row(mn(-2), mo("·"), paren(row(mn(observed), mo("−"), signed(predicted))), mo("·"), mn(1)));
            label.append(s == 0 ? " " : " + ").append("−2 · (").append(Num.of(observed).display()).append(" − ")
                    .append(Num.of(predicted).display()).append(") · 1");
        }
        double slope = step.gradient()[B3_INDEX];
        Formula slopeFormula = new Formula(row(derivative(SSR, B3), mo("="), joined("+", terms), mo("="), mn(slope)),
                label + " = " + Num.of(slope).display());
        Formula size = new Formula(row(mi("step size"), mo("="), signed(slope), mo("×"), exact(learningRate), mo("="), mn(stepSize)),
                "step size = " + Num.of(slope).display() + " × " + NumberText.plain(learningRate) + " = " + Num.of(stepSize).display());
        double next = b3 - stepSize;
        Formula update = new Formula(row(text("new\u00a0"), B3, mo("="), signed(b3), mo("−"), signed(stepSize), mo("="), mn(next)),
                "new b3 = " + Num.of(b3).display() + " − (" + Num.of(stepSize).display() + ") = " + Num.of(next).display());
        return List.of(slopeFormula, size, update);
    }

    private static final int B3_INDEX = LastBiasLesson.B3.flatIndex(DosageExample.ARCHITECTURE);
}
