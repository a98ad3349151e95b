package io.stepwise.tutorial;

import static io.stepwise.formula.Formula.mo;
import static io.stepwise.formula.Formula.row;

import io.stepwise.formula.MathNode;

/** Numbers in a formula as the page shows them ({@link Num}): the lessons build formulas, formulas know no lesson. */
public final class FormulaNumbers {
    private FormulaNumbers() {}

    /** A number as the page shows it, with its digits for the hover unless it is shown whole ({@link Num#exact}). */
    public static MathNode mn(double value) {
        Num n = Num.of(value);
        return new MathNode.Number(n.display(), n.exact() ? null : n.full());
    }

    public static MathNode signed(double value) {
        return value < 0 ? row(mo("("), mn(value), mo(")")) : mn(value);
    }
}
