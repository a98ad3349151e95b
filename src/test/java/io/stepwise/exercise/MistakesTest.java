package io.stepwise.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Backprop;
import io.stepwise.engine.Descent;
import io.stepwise.engine.Loss;
import io.stepwise.engine.Network;
import io.stepwise.engine.Parameter;
import io.stepwise.engine.Step;
import io.stepwise.tutorial.DosageExample;
import io.stepwise.lessons.dp.DpExample;
import io.stepwise.lessons.dp.DpState;
import io.stepwise.lessons.dp.DynamicProgrammingLesson;
import io.stepwise.tutorial.Num;
import io.stepwise.lessons.allparameters.AllParametersPage;
import io.stepwise.lessons.dp.DpPage;
import io.stepwise.lessons.lastbias.LastBiasPage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import io.stepwise.lessons.dp.DpQuestions;
import io.stepwise.lessons.allparameters.AllParametersQuestions;
import io.stepwise.lessons.lastbias.LastBiasQuestions;

/**
 * Each mistake detector: the value its wrong method gives (checked against the maths done here
 * by hand), and that an answer typed as the page would show that value gets the mistake named.
 */
class MistakesTest {
    static final double EXACT = 1e-12;
    static final Parameter B3 = Parameter.parse(DosageExample.ARCHITECTURE, "b3");
    static final double LR = 0.1;
    /** The last-bias lesson at step 0: b3 = 0, predictions −2.60, −1.61, −2.61. */
    static final Step STEP_0 = step(0, LR);

    static Step step(double b3, double learningRate) {
        return Descent.evaluate(0, DosageExample.lastBiasStart(b3), DosageExample.DATA,
                Descent.Settings.plain(Loss.SSR, learningRate, new int[] {B3.flatIndex(DosageExample.ARCHITECTURE)}, 0, null));
    }

    static ExerciseSet only(ExerciseLesson<?> lesson, Quantity q) {
        return new ExerciseSet("t", "Test", lesson, List.of(q), Tolerance.DEFAULT, Map.of(), "test");
    }

    static Exercise ask(Quantity q) { return ask(q, STEP_0, LR); }

    /** The δ question on the dynamic-programming page of this network, sample and filled layers. */
    static Exercise delta(DpExample example, int sample, int filled, ExerciseSet set, Long seed) {
        return DpQuestions.ask(DynamicProgrammingLesson.view(new DpState(example.id(), filled, "w1", sample)), set, seed);
    }

    static Exercise ask(Quantity q, Step step, double learningRate) {
        return LastBiasQuestions.of(step, DosageExample.DATA, B3, learningRate, only(LastBiasPage.EXERCISES, q), null);
    }

    /** Typed as the page shows numbers: three significant figures and a true minus sign. */
    static String typed(double v) { return Num.of(v).display(); }

    static void assertNamed(Mistake mistake, Exercise e, double wrong) {
        Feedback f = e.check(typed(wrong));
        assertEquals(Feedback.Verdict.MISTAKE, f.verdict(), typed(wrong) + " for " + e.subject() + ": " + f.message());
        assertEquals(mistake, f.mistake());
        assertEquals(mistake.title(), f.title());
        assertEquals(e.hint(), f.hint());
        assertEquals(e.worked(), f.worked());
    }

    static double observed(int s) { return DosageExample.DATA.target(s, 0); }

    static double predicted(int s) { return STEP_0.predictions()[s][0]; }

    @Nested
    class WrongSignOfTheResidual {
        @Test
        void the_detector_gives_predicted_minus_observed() {
            Trap t = Mistakes.residualSign(1, -1.61);
            assertEquals(Mistake.WRONG_SIGN_RESIDUAL, t.mistake());
            assertEquals(-1.61 - 1, t.value(), EXACT);
            assertTrue(t.explanation().contains("You computed predicted − observed = −1.61 − 1 = −2.61."), t.explanation());
            assertTrue(t.explanation().contains("A residual is observed − predicted"), t.explanation());
        }

        @Test
        void a_residual_with_the_sign_flipped_is_named() {
            Exercise e = ask(Quantity.RESIDUAL);
            assertEquals(observed(0) - predicted(0), e.expected(), 0.0);
            assertNamed(Mistake.WRONG_SIGN_RESIDUAL, e, predicted(0) - observed(0));
            assertEquals(Feedback.Verdict.CORRECT, e.check("2.60").verdict());
        }

        @Test
        void a_slope_from_flipped_residuals_is_named() {
            Trap t = Mistakes.flippedResiduals("the slope", -15.6);
            assertEquals(15.6, t.value(), EXACT);
            double slope = 0;
            for (int s = 0; s < 3; s++) slope += -2 * (predicted(s) - observed(s));
            assertNamed(Mistake.WRONG_SIGN_RESIDUAL, ask(Quantity.SLOPE), slope);
        }
    }

    @Nested
    class AddingTheStep {
        @Test
        void the_detector_gives_old_plus_step_size() {
            Trap t = Mistakes.addedStep("b3", 0.5, -1.57);
            assertEquals(0.5 + -1.57, t.value(), EXACT);
            assertTrue(t.explanation().contains("new b3 = old b3 − step size"), t.explanation());
        }

        @Test
        void a_new_value_with_the_step_added_is_named() {
            assertNamed(Mistake.ADDED_STEP, ask(Quantity.NEW_VALUE), 0 + STEP_0.stepSize(B3));
        }

        @Test
        void a_new_value_with_the_slope_added_is_named_too() {
            Trap t = Mistakes.addedSlope("b3", 0.5, -15.6, 0.1);
            assertEquals(0.5 + -15.6, t.value(), EXACT);
            assertNamed(Mistake.ADDED_STEP, ask(Quantity.NEW_VALUE), 0 + STEP_0.gradient(B3));
        }
    }

    @Nested
    class ForgettingTheFactorTwo {
        @Test
        void the_detector_halves_the_right_value() {
            Trap t = Mistakes.withoutFactorTwo("the slope", -15.64);
            assertEquals(-7.82, t.value(), EXACT);
            assertTrue(t.explanation().contains("−2 · (observed − predicted)"), t.explanation());
        }

        @Test
        void a_slope_without_the_two_is_named() {
            double withoutTwo = 0;
            for (int s = 0; s < 3; s++) withoutTwo += -(observed(s) - predicted(s));
            assertNamed(Mistake.MISSING_FACTOR_TWO, ask(Quantity.SLOPE), withoutTwo);
        }

        @Test
        void an_output_delta_without_the_two_is_named() {
            DpExample dp = DpExample.byId("1-2-1");
            Exercise e = delta(dp, 1, 0, only(DpPage.EXERCISES, Quantity.DELTA), null);
            double yHat = io.stepwise.engine.ForwardPass.run(dp.network(), dp.data()).predictions()[1][0];
            assertEquals(-2 * (1 - yHat), e.expected(), EXACT);
            assertNamed(Mistake.MISSING_FACTOR_TWO, e, -(1 - yHat));
            assertNamed(Mistake.WRONG_SIGN_RESIDUAL, e, 2 * (1 - yHat));
        }
    }

    @Nested
    class ForgettingTheLearningRate {
        @Test
        void the_detectors_give_the_slope_for_the_step_and_old_minus_slope_for_the_new_value() {
            assertEquals(-15.6, Mistakes.stepWithoutLearningRate(-15.6, 0.1).value(), 0.0);
            assertEquals(2 - -15.6, Mistakes.newValueWithoutLearningRate("b3", 2, -15.6, 0.1).value(), EXACT);
        }

        @Test
        void a_step_size_that_is_the_slope_is_named() {
            assertNamed(Mistake.MISSING_LEARNING_RATE, ask(Quantity.STEP_SIZE), STEP_0.gradient(B3));
        }

        @Test
        void a_new_value_that_subtracts_the_slope_is_named() {
            assertNamed(Mistake.MISSING_LEARNING_RATE, ask(Quantity.NEW_VALUE), 0 - STEP_0.gradient(B3));
        }

        @Test
        void with_a_learning_rate_of_1_the_slope_is_simply_right() {
            Step step = step(0, 1);
            Feedback f = ask(Quantity.STEP_SIZE, step, 1).check(typed(step.gradient(B3)));
            assertEquals(Feedback.Verdict.CORRECT, f.verdict());
            assertNull(f.mistake());
        }
    }

    @Nested
    class SummingOverTheWrongSamples {
        @Test
        void the_detector_lists_each_single_term_then_each_sum_that_leaves_one_out() {
            List<Trap> traps = Mistakes.partialSums("the slope", List.of("sample 1", "sample 2", "sample 3"), new double[] {1, 10, 100});
            assertEquals(List.of(1.0, 10.0, 100.0, 110.0, 101.0, 11.0), traps.stream().map(Trap::value).toList());
            assertTrue(traps.stream().allMatch(t -> t.mistake() == Mistake.WRONG_SAMPLES));
            assertTrue(traps.get(4).explanation().startsWith("You left out sample 2’s term (10). The slope sums the terms of all 3 samples."),
                    traps.get(4).explanation());
            assertEquals(2, Mistakes.partialSums("x", List.of("a", "b"), new double[] {1, 2}).size(), "two samples: only the single terms");
            assertTrue(Mistakes.partialSums("x", List.of("a"), new double[] {1}).isEmpty(), "one sample: nothing to leave out");
        }

        @Test
        void a_slope_from_one_sample_or_from_two_of_three_is_named() {
            Exercise e = ask(Quantity.SLOPE);
            double[] terms = new double[3];
            for (int s = 0; s < 3; s++) terms[s] = -2 * (observed(s) - predicted(s));
            assertNamed(Mistake.WRONG_SAMPLES, e, terms[0]);
            assertNamed(Mistake.WRONG_SAMPLES, e, terms[0] + terms[2]);
            assertTrue(e.check(typed(terms[0])).message().startsWith("That is only sample 1’s term (−5.21)."), e.check(typed(terms[0])).message());
            assertTrue(e.check(typed(terms[0] + terms[2])).message().startsWith("You left out sample "));
        }

        /** Near b3 = 2.6 the residuals are small and differ clearly; at b3 = 0 they agree to within 0.4 %. */
        @Test
        void a_residual_of_another_sample_is_named() {
            Step near = step(2.6, LR);
            Exercise e = ask(Quantity.RESIDUAL, near, LR);
            Feedback f = e.check(Double.toString(near.residuals()[1][0]));
            assertEquals(Mistake.WRONG_SAMPLES, f.mistake());
            assertEquals("That is the residual of sample 2, not of sample 1. Take the numbers from sample 1’s row.", f.message());
        }
    }

    @Nested
    class TheActivationInsteadOfItsDerivative {
        static final DpExample DOSAGE = DpExample.byId("1-2-1");

        /** The hidden δ asked after the output layer is filled, found by its value among the layer's neurons. */
        static int neuron(Exercise e, Backprop bp, int sample) {
            for (int j = 0; j < 2; j++) if (bp.delta(1, sample, j) == e.expected()) return j;
            throw new AssertionError("no hidden neuron has δ = " + e.expected());
        }

        @Test
        void the_detector_reports_the_value_and_both_functions() {
            Trap t = Mistakes.activationForDerivative("δ", "softplus", "σ(0.5)", 0.5, 0.974, 0.622, 1.23);
            assertEquals(Mistake.ACTIVATION_NOT_DERIVATIVE, t.mistake());
            assertEquals(1.23, t.value(), 0.0);
            assertEquals("You used softplus(0.5) = 0.974, the activation, where δ needs its derivative softplus′(0.5) = σ(0.5) = 0.622.",
                    t.explanation());
        }

        @Test
        void a_hidden_delta_with_softplus_in_place_of_sigma_is_named() {
            Network n = DOSAGE.network();
            Backprop bp = Backprop.run(n, DOSAGE.data(), Loss.SSR);
            for (int sample = 0; sample < 3; sample++) {
                Exercise e = delta(DOSAGE, sample, 1, only(DpPage.EXERCISES, Quantity.DELTA), null);
                int j = neuron(e, bp, sample);
                double z = bp.forward().preActivations()[1][sample][j];
                double sum = n.weight(2, 0, j) * bp.delta(2, sample, 0);
                assertEquals(Activation.SOFTPLUS.derivative(z) * sum, e.expected(), EXACT);
                assertNamed(Mistake.ACTIVATION_NOT_DERIVATIVE, e, Activation.SOFTPLUS.apply(z) * sum);
            }
        }

        @Test
        void an_output_delta_with_the_identity_in_place_of_its_derivative_is_named() {
            Exercise e = delta(DOSAGE, 0, 0, only(DpPage.EXERCISES, Quantity.DELTA), null);
            double yHat = io.stepwise.engine.ForwardPass.run(DOSAGE.network(), DOSAGE.data()).predictions()[0][0];
            assertNamed(Mistake.ACTIVATION_NOT_DERIVATIVE, e, -2 * (0 - yHat) * yHat);
        }

        @Test
        void a_hidden_delta_without_the_derivative_is_named() {
            Network n = DOSAGE.network();
            Backprop bp = Backprop.run(n, DOSAGE.data(), Loss.SSR);
            Exercise e = delta(DOSAGE, 2, 1, only(DpPage.EXERCISES, Quantity.DELTA), null);
            int j = neuron(e, bp, 2);
            double sum = n.weight(2, 0, j) * bp.delta(2, 2, 0);
            assertEquals(sum, Mistakes.withoutDerivative("softplus", 0, 0.5, sum).value(), 0.0);
            assertNamed(Mistake.MISSING_DERIVATIVE, e, sum);
        }
    }

    /**
     * The all-parameters lesson at its start (w1 = 2.74, w2 = −1.13, w3 = 0.36, w4 = 0.63, biases 0),
     * every number worked out here from the forward pass.
     */
    @Nested
    class TheAllParametersLesson {
        static final Network START = DosageExample.allParametersStart();
        static final io.stepwise.engine.ForwardPass FORWARD = io.stepwise.engine.ForwardPass.run(START, DosageExample.DATA);

        /** The exercise for a quantity at the start; {@code index} only turns the questions (index 1 asks dSSR/dpredicted of sample 3). */
        static Exercise at(Quantity q, int index) {
            int[] all = new int[DosageExample.ARCHITECTURE.parameterCount()];
            for (int i = 0; i < all.length; i++) all[i] = i;
            Step step = Descent.evaluate(index, START, DosageExample.DATA, Descent.Settings.plain(Loss.SSR, LR, all, 0, null));
            return AllParametersQuestions.of(step, DosageExample.DATA, io.stepwise.lessons.allparameters.AllParametersLesson.chainRules(START), LR,
                    only(AllParametersPage.EXERCISES, q), null);
        }

        static double x1(int s) { return FORWARD.preActivations()[1][s][0]; }

        static double dLoss(int s) { return -2 * (observed(s) - FORWARD.predictions()[s][0]); }

        static double dosage(int s) { return DosageExample.DATA.input(s, 0); }

        /** Σ dSSR/dpredicted · w3 · g(x1) · dosage: dSSR/dw1 with g in place of σ. */
        static double w1Gradient(java.util.function.DoubleUnaryOperator g) {
            double sum = 0;
            for (int s = 0; s < 3; s++) sum += dLoss(s) * 0.36 * g.applyAsDouble(x1(s)) * dosage(s);
            return sum;
        }

        /** Σ dSSR/dpredicted · w3 · g(x1) · 1: dSSR/db1 with g in place of σ. */
        static double b1Gradient(java.util.function.DoubleUnaryOperator g) {
            double sum = 0;
            for (int s = 0; s < 3; s++) sum += dLoss(s) * 0.36 * g.applyAsDouble(x1(s));
            return sum;
        }

        @Test
        void the_detectors_for_a_sum_of_products_give_its_value_and_name_the_factor() {
            Trap activation = Mistakes.activationInProducts("the gradient dSSR/dw1", "dy1/dx1", "softplus", "x1", "σ(x1)", 2.5);
            assertEquals(Mistake.ACTIVATION_NOT_DERIVATIVE, activation.mistake());
            assertEquals(2.5, activation.value(), 0.0);
            assertEquals("That is the gradient dSSR/dw1 with softplus(x1) in each product: 2.5. softplus(x1) is the activation itself; "
                    + "the factor dy1/dx1 is its derivative, softplus′(x1) = σ(x1).", activation.explanation());
            Trap left = Mistakes.derivativeLeftOut("the gradient dSSR/dw1", "dy1/dx1", "softplus", "x1", "σ(x1)", -0.25);
            assertEquals(Mistake.MISSING_DERIVATIVE, left.mistake());
            assertEquals(-0.25, left.value(), 0.0);
            assertTrue(left.explanation().startsWith("That is the gradient dSSR/dw1 without the factor dy1/dx1 (−0.25)."), left.explanation());
        }

        @Test
        void the_lesson_word_for_the_slope_and_for_a_sample_s_part_are_used() {
            assertTrue(Mistakes.stepWithoutLearningRate("gradient", 7.14, 0.1).explanation()
                    .startsWith("That is the gradient itself. The step size is the gradient × the learning rate: 7.14 × 0.1."));
            assertTrue(Mistakes.newValueWithoutLearningRate("gradient", "w3", 0.36, 7.14, 0.1).explanation().startsWith("You subtracted the gradient itself"));
            assertTrue(Mistakes.addedSlope("gradient", "w3", 0.36, 7.14, 0.1).explanation().startsWith("You added the gradient: 0.36 + 7.14 = 7.5."));
            List<Trap> products = Mistakes.partialSums("the gradient dSSR/dw1", "product", List.of("sample 1", "sample 2", "sample 3"), new double[] {0, 1, 2});
            assertEquals("That is only sample 2’s product (1). The gradient dSSR/dw1 sums the products of all 3 samples.", products.get(1).explanation());
        }

        @Test
        void the_activation_in_place_of_its_derivative_in_a_chain_factor_is_named() {
            Exercise e = at(Quantity.CHAIN_FACTOR, 0);
            assertEquals("da1/dz1 for sample 2", e.subject());
            assertEquals(Activation.SOFTPLUS.derivative(x1(1)), e.expected(), EXACT);
            assertNamed(Mistake.ACTIVATION_NOT_DERIVATIVE, e, Activation.SOFTPLUS.apply(x1(1)));
            assertEquals("You used softplus(1.37) = 1.60, the activation, where da1/dz1 needs its derivative softplus′(1.37) = σ(1.37) = 0.797.",
                    e.check("1.60").message());
            assertNamed(Mistake.WRONG_SAMPLES, e, Activation.SOFTPLUS.derivative(x1(2)));
            assertEquals(Feedback.Verdict.CORRECT, e.check("0.797").verdict());
        }

        @Test
        void the_sign_and_the_factor_two_of_dssr_dpredicted_are_named() {
            Exercise e = at(Quantity.CHAIN_FACTOR, 1);
            assertEquals("dSSR/dpredicted for sample 3", e.subject());
            assertEquals(dLoss(2), e.expected(), EXACT);
            assertNamed(Mistake.WRONG_SIGN_RESIDUAL, e, -2 * (FORWARD.predictions()[2][0] - observed(2)));
            assertNamed(Mistake.MISSING_FACTOR_TWO, e, -(observed(2) - FORWARD.predictions()[2][0]));
            assertNamed(Mistake.WRONG_SAMPLES, e, dLoss(1));
        }

        @Test
        void a_gradient_from_the_wrong_samples_without_the_two_or_with_the_sign_flipped_is_named() {
            Exercise e = at(Quantity.GRADIENT, 0);
            assertEquals("the gradient dSSR/dw1", e.subject());
            assertEquals(w1Gradient(Activation.SOFTPLUS::derivative), e.expected(), 1e-12);
            double[] products = new double[3];
            for (int s = 0; s < 3; s++) products[s] = dLoss(s) * 0.36 * Activation.SOFTPLUS.derivative(x1(s)) * dosage(s);
            assertNamed(Mistake.WRONG_SAMPLES, e, products[2]);
            assertNamed(Mistake.WRONG_SAMPLES, e, products[1]);
            assertNamed(Mistake.MISSING_FACTOR_TWO, e, e.expected() / 2);
            assertNamed(Mistake.WRONG_SIGN_RESIDUAL, e, -e.expected());
            assertTrue(e.check(typed(products[2])).message().startsWith("That is only sample 3’s product"), e.check(typed(products[2])).message());
        }

        /** b1, since for w1 at the start σ left out gives 0.802, which sample 3's product (0.802) gives too. */
        @Test
        void a_gradient_with_softplus_in_place_of_sigma_or_without_it_is_named() {
            Exercise e = at(Quantity.GRADIENT, 4);
            assertEquals("the gradient dSSR/db1", e.subject());
            assertEquals(b1Gradient(Activation.SOFTPLUS::derivative), e.expected(), 1e-12);
            assertNamed(Mistake.ACTIVATION_NOT_DERIVATIVE, e, b1Gradient(Activation.SOFTPLUS::apply));
            assertNamed(Mistake.MISSING_DERIVATIVE, e, b1Gradient(x -> 1));
            assertTrue(e.check(typed(b1Gradient(x -> 1))).message().contains("without the factor da1/dz1"));
        }

        @Test
        void a_step_size_without_the_learning_rate_and_a_new_value_with_the_step_added_are_named() {
            double gradient = w1Gradient(Activation.SOFTPLUS::derivative);
            Exercise step = at(Quantity.STEP_SIZE, 0);
            assertEquals("What is the step size of w1 at step 0?", step.question());
            assertNamed(Mistake.MISSING_LEARNING_RATE, step, gradient);
            assertEquals(Feedback.Verdict.CORRECT, step.check(typed(gradient * LR)).verdict());
            Exercise next = at(Quantity.NEW_VALUE, 0);
            assertEquals(2.74 - gradient * LR, next.expected(), 1e-12);
            assertNamed(Mistake.ADDED_STEP, next, 2.74 + gradient * LR);
            assertNamed(Mistake.MISSING_LEARNING_RATE, next, 2.74 - gradient);
        }
    }

    @Nested
    class OtherVerdicts {
        @Test
        void an_answer_just_outside_the_tolerance_is_close_not_a_mistake() {
            Exercise e = ask(Quantity.SLOPE);
            Feedback f = e.check(typed(e.expected() * 1.03));
            assertEquals(Feedback.Verdict.CLOSE, f.verdict());
            assertTrue(f.message().contains("Round only at the end"), f.message());
        }

        @Test
        void an_answer_no_mistake_explains_is_just_wrong() {
            Feedback f = ask(Quantity.SLOPE).check("42");
            assertEquals(Feedback.Verdict.WRONG, f.verdict());
            assertNull(f.mistake());
            assertEquals("Not quite", f.title());
        }

        @Test
        void text_that_is_not_a_number_is_explained_not_judged() {
            Feedback f = ask(Quantity.SLOPE).check("1,5");
            assertEquals(Feedback.Verdict.UNREADABLE, f.verdict());
            assertTrue(f.message().contains("not a comma"));
        }

        @Test
        void the_right_answer_typed_with_a_true_minus_sign_is_correct() {
            Exercise e = ask(Quantity.SLOPE);
            assertEquals(STEP_0.gradient(B3), e.expected(), 0.0);
            assertEquals("−15.7", typed(e.expected()));
            Feedback f = e.check(" −15.7 ");
            assertEquals(Feedback.Verdict.CORRECT, f.verdict());
            assertEquals("Yes: the slope dSSR/db3 is −15.7.", f.message());
        }
    }
}
