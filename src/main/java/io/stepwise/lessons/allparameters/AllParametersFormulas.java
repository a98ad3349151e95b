package io.stepwise.lessons.allparameters;

import static io.stepwise.formula.Formula.derivative;
import static io.stepwise.formula.Formula.exact;
import static io.stepwise.formula.Formula.frac;
import static io.stepwise.formula.Formula.joined;
import static io.stepwise.formula.Formula.mi;
import static io.stepwise.formula.Formula.mo;
import static io.stepwise.formula.Formula.paren;
import static io.stepwise.formula.Formula.row;
import static io.stepwise.formula.Formula.sub;
import static io.stepwise.formula.Formula.sum;
import static io.stepwise.formula.Formula.sup;
import static io.stepwise.formula.Formula.text;
import static io.stepwise.tutorial.FormulaNumbers.mn;
import static io.stepwise.tutorial.FormulaNumbers.signed;

import io.stepwise.formula.Formula;
import io.stepwise.formula.MathNode;
import java.util.ArrayList;
import java.util.List;
import io.stepwise.tutorial.FormulaNumbers;
import io.stepwise.tutorial.Num;
import io.stepwise.tutorial.DosageExample;

/** The formulas of the "train all seven parameters" lesson: the general ones, each parameter's chain rule, and a step's numbers. */
public final class AllParametersFormulas {
    private static final MathNode SSR = mi("SSR");
    private static final MathNode DOSAGE = mi("dosage");
    private static final int SAMPLES = DosageExample.DATA.size();
    private static final MathNode ONE = MathNode.Number.exact("1");

    private AllParametersFormulas() {}

    public static final Formula TOP_NEURON = neuron("1");
    public static final Formula BOTTOM_NEURON = neuron("2");

    public static final Formula PREDICTION = new Formula(row(mi("predicted"), mo("="),
            sub("w", "3"), mo("·"), sub("a", "1"), mo("+"), sub("w", "4"), mo("·"), sub("a", "2"), mo("+"), sub("b", "3")),
            "predicted = w3 · a1 + w4 · a2 + b3");

    public static final Formula LOSS = new Formula(row(SSR, mo("="), sum(SAMPLES),
            sup(paren(row(sub(mi("observed"), "i"), mo("−"), sub(mi("predicted"), "i"))), "2")),
            "SSR = sum over the samples of (observed − predicted) squared");

    public static final Formula LOSS_FACTOR = new Formula(row(derivative(SSR, mi("predicted")), mo("="), MathNode.Number.exact("−2"), mo("·"),
            paren(row(mi("observed"), mo("−"), mi("predicted")))),
            "dSSR/dpredicted = −2 · (observed − predicted)");

    public static final Formula SOFTPLUS_SLOPE = new Formula(row(derivative(sub("a", "1"), sub("z", "1")), mo("="),
            mi("softplus′"), paren(sub("z", "1")), mo("="), mi("σ"), paren(sub("z", "1")), mo("="),
            frac(ONE, row(ONE, mo("+"), new MathNode.Sup(mi("e"), row(mo("−"), sub("z", "1")))))),
            "da1/dz1 = softplus′(z1) = σ(z1) = 1 / (1 + e to the −z1)");

    public static final Formula UPDATE = new Formula(row(text("new value"), mo("="), text("old value"), mo("−"),
            mi("step size"), mo(","), text("\u2003"), mi("step size"), mo("="), mi("gradient"), mo("×"), mi("learning rate")),
            "new value = old value − step size, where step size = gradient × learning rate");

    /** z_j = w_j · dosage + b_j and a_j = softplus(z_j), for hidden neuron j. */
    private static Formula neuron(String j) {
        return new Formula(row(sub("z", j), mo("="), sub("w", j), mo("·"), DOSAGE, mo("+"), sub("b", j), mo(","), text("\u2003"),
                sub("a", j), mo("="), mi("softplus"), paren(sub("z", j))),
                "z" + j + " = w" + j + " · dosage + b" + j + ", a" + j + " = softplus(z" + j + ")");
    }

    /** dSSR/dθ = Σ over the samples of the product of the rule's factors, as d top / d bottom fractions. */
    static Formula chainRule(String name, List<AllParametersLesson.Factor> rule) {
        List<MathNode> factors = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (AllParametersLesson.Factor f : rule) {
            factors.add(derivative(symbol(f.top()), symbol(f.bottom())));
            labels.add(f.name().plain());
        }
        return new Formula(row(derivative(SSR, symbol(name.substring(0, 1) + "_" + name.substring(1))), mo("="), mo("Σ"),
                joined("·", factors)),
                "dSSR/d" + name + " = sum over the samples of " + String.join(" · ", labels));
    }

    /** step size = gradient × learning rate, and new value = value − step size, with the step's numbers. */
    static List<Formula> worked(String name, double value, double gradient, double learningRate, double stepSize) {
        MathNode parameter = symbol(name.substring(0, 1) + "_" + name.substring(1));
        Formula size = new Formula(row(mi("step size"), mo("="), signed(gradient), mo("×"), exact(learningRate), mo("="), mn(stepSize)),
                "step size = " + Num.of(gradient).display() + " × " + Num.of(learningRate).display() + " = " + Num.of(stepSize).display());
        double next = value - stepSize;
        Formula update = new Formula(row(text("new\u00a0"), parameter, mo("="), signed(value), mo("−"), signed(stepSize), mo("="), mn(next)),
                "new " + name + " = " + Num.of(value).display() + " − (" + Num.of(stepSize).display() + ") = " + Num.of(next).display());
        return List.of(size, update);
    }

    /** "a_1" as a with subscript 1; a name without "_" as it is. */
    static MathNode symbol(String source) {
        int underscore = source.indexOf('_');
        return underscore < 0 ? mi(source) : sub(source.substring(0, underscore), source.substring(underscore + 1));
    }
}
