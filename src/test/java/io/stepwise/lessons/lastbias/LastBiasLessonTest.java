package io.stepwise.lessons.lastbias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.engine.Parameter;
import io.stepwise.tutorial.HistoryTable;
import io.stepwise.tutorial.Notation;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import io.stepwise.tutorial.DosageExample;

class LastBiasLessonTest {
    /** Raw figures are quoted to four decimals. */
    static final double TOLERANCE = 5e-5;

    static final LastBiasState DEFAULT = LastBiasState.DEFAULT;

    static LastBiasView at(int steps) {
        return LastBiasLesson.view(DEFAULT.withSteps(steps));
    }

    static LastBiasState withLearningRate(double learningRate, int steps) {
        return new LastBiasState(DEFAULT.startB3(), learningRate, DEFAULT.tolerance(), steps);
    }

    @Nested
    class Example {
        @Test
        void the_last_bias_start_has_the_fitted_weights_and_the_given_b3() {
            var n = DosageExample.lastBiasStart(0.75);
            assertEquals(3.34, n.get(Parameter.parse(DosageExample.ARCHITECTURE, "w1")), 0.0);
            assertEquals(-3.53, n.get(Parameter.parse(DosageExample.ARCHITECTURE, "w2")), 0.0);
            assertEquals(-1.22, n.get(Parameter.parse(DosageExample.ARCHITECTURE, "w3")), 0.0);
            assertEquals(-2.30, n.get(Parameter.parse(DosageExample.ARCHITECTURE, "w4")), 0.0);
            assertEquals(-1.43, n.get(Parameter.parse(DosageExample.ARCHITECTURE, "b1")), 0.0);
            assertEquals(0.57, n.get(Parameter.parse(DosageExample.ARCHITECTURE, "b2")), 0.0);
            assertEquals(0.75, n.get(Parameter.parse(DosageExample.ARCHITECTURE, "b3")), 0.0);
        }

        @Test
        void the_data_is_three_doses_with_only_the_middle_one_working() {
            assertEquals(3, DosageExample.DATA.size());
            assertEquals(0.5, DosageExample.DATA.input(1, 0), 0.0);
            assertEquals(1, DosageExample.DATA.target(1, 0), 0.0);
            assertEquals(0, DosageExample.DATA.target(0, 0), 0.0);
            assertEquals(0, DosageExample.DATA.target(2, 0), 0.0);
        }

        @Test
        void the_default_state_starts_at_b3_zero_with_learning_rate_one_tenth() {
            assertEquals(0, DEFAULT.startB3(), 0.0);
            assertEquals(0.1, DEFAULT.learningRate(), 0.0);
            assertEquals(0.001, DEFAULT.tolerance(), 0.0);
            assertEquals(0, DEFAULT.steps());
        }

        @Test
        void with_steps_keeps_everything_else() {
            LastBiasState s = new LastBiasState(1.5, 0.2, 0.01, 3).withSteps(7);
            assertEquals(new LastBiasState(1.5, 0.2, 0.01, 7), s);
        }
    }

    @Nested
    class FirstState {
        final LastBiasView view = at(0);

        @Test
        void shows_step_zero_with_only_the_start_in_the_history() {
            assertEquals(0, view.current().index());
            assertEquals(1, view.history().size());
            assertEquals(0, view.history().get(0).step());
            assertFalse(view.stoppedEarly());
        }

        @Test
        void shows_the_reference_figures() {
            LastBiasLesson.CurrentStep c = view.current();
            assertEquals("0", c.b3().display());
            assertEquals("20.4", c.ssr().display());
            assertEquals("−15.7", c.slope().display());
            assertEquals("−1.57", c.stepSize().display());
            assertEquals("1.57", c.newB3().display());
            assertEquals(-15.6551, c.rawSlope(), TOLERANCE);
            assertEquals(-1.5655, c.rawStepSize(), TOLERANCE);
        }

        @Test
        void shows_one_row_per_sample() {
            List<LastBiasLesson.SampleRow> rows = view.current().samples();
            assertEquals(3, rows.size());
            assertEquals("0.0", rows.get(0).dosage().full());
            assertEquals("0.5", rows.get(1).dosage().full());
            assertEquals("1.0", rows.get(2).dosage().full());
            assertEquals("1.0", rows.get(1).observed().full());
            assertEquals("−2.60", rows.get(0).predicted().display());
            assertEquals("−1.61", rows.get(1).predicted().display());
            assertEquals("−2.61", rows.get(2).predicted().display());
            assertEquals("2.60", rows.get(0).residual().display());
            assertEquals("−5.21", rows.get(0).slopeTerm().display());
        }

        @Test
        void squared_residuals_and_slope_terms_add_up_to_ssr_and_slope() {
            double ssr = 0;
            double slope = 0;
            for (LastBiasLesson.SampleRow row : view.current().samples()) {
                ssr += Double.parseDouble(row.squaredResidual().full());
                slope += Double.parseDouble(row.slopeTerm().full());
            }
            assertEquals(Double.parseDouble(view.current().ssr().full()), ssr, TOLERANCE);
            assertEquals(view.current().rawSlope(), slope, TOLERANCE);
        }

        @Test
        void announces_the_state_for_screen_readers() {
            assertEquals("Step 0: b3 = 0, SSR = 20.4, slope = −15.7, next step size = −1.57.", view.announcement());
        }
    }

    @Nested
    class AfterOneStep {
        final LastBiasView view = at(1);

        @Test
        void current_b3_is_one_point_five_seven() {
            assertEquals("1.57", view.current().b3().display());
        }

        @Test
        void current_step_matches_the_reference() {
            LastBiasLesson.CurrentStep c = view.current();
            assertEquals(1, c.index());
            assertEquals("−6.26", c.slope().display());
            assertEquals("−0.626", c.stepSize().display());
            assertEquals("2.19", c.newB3().display());
        }

        @Test
        void history_row_k_is_the_state_after_k_updates_and_the_update_taken_from_it() {
            assertEquals(2, view.history().size());
            LastBiasLesson.HistoryRow start = view.history().get(0);
            assertEquals(0, start.step());
            assertEquals("0", start.b3().display());
            assertEquals("20.4", start.ssr().display());
            assertEquals("−15.7", start.slope().display());
            assertEquals("−1.57", start.stepSize().display());
            assertEquals("1.57", start.newB3().display());
            LastBiasLesson.HistoryRow row = view.history().get(1);
            assertEquals(1, row.step());
            assertEquals(view.current().b3().full(), row.b3().full());
            assertEquals(view.current().ssr().full(), row.ssr().full());
            assertEquals("2.19", row.newB3().display());
        }

        @Test
        void the_newest_row_is_the_heading_s_state() {
            // The permalink b3=0, lr=0.1, tol=0.001, steps=3: "Step 3: b3 = 2.44, SSR = 0.0837" in the heading and the row.
            LastBiasView three = at(3);
            LastBiasLesson.HistoryRow row = three.history().get(three.history().size() - 1);
            assertEquals(3, row.step());
            assertEquals("2.44", row.b3().display());
            assertEquals("0.0837", row.ssr().display());
            assertEquals("2.44", three.current().b3().display());
            assertEquals("0.0837", three.current().ssr().display());
        }

        @Test
        void history_grows_by_one_row_per_step() {
            for (int k = 0; k <= 12; k++) assertEquals(k + 1, at(k).history().size());
        }

        @Test
        void a_long_run_lists_the_start_and_the_newest_hundred_states() {
            LastBiasView long_ = LastBiasLesson.view(withLearningRate(0.001, 1000));
            assertEquals(LastBiasView.HISTORY_ROWS + 1, long_.history().size());
            assertEquals(900, long_.historyOmitted());
            assertEquals(0, long_.history().get(0).step());
            assertEquals(901, long_.history().get(1).step());
            assertEquals(1000, long_.history().get(100).step());
            assertEquals(long_.history().get(100).b3().full(), long_.current().b3().full());
            assertEquals(0, at(12).historyOmitted());
        }

        @Test
        void the_history_table_lists_the_start_the_gap_and_the_latest_states_in_six_columns() {
            HistoryTable table = LastBiasLesson.view(withLearningRate(0.001, 1000)).historyTable();
            assertEquals("History: b3 after each step and the update taken from it", table.caption().plain());
            assertEquals(List.of("the start and the 100 latest; the loss chart shows every step"), table.notes());
            assertEquals(6, table.columns().size());
            assertEquals(List.of(new Notation.Part("New b", "3")), table.columns().get(5).parts());
            assertEquals(102, table.rows().size());
            assertEquals(0, table.rows().get(0).step());
            assertTrue(table.rows().get(1).isGap());
            assertEquals(900, table.rows().get(1).omitted());
            assertEquals(901, table.rows().get(2).step());
            for (HistoryTable.Row row : table.rows()) assertEquals(row.isGap() ? 0 : 5, row.values().size());
            assertEquals(List.of(), at(2).historyTable().notes());
            assertTrue(at(2).historyTable().rows().stream().noneMatch(HistoryTable.Row::isGap));
        }

        @Test
        void each_history_row_ends_where_the_next_begins() {
            List<LastBiasLesson.HistoryRow> history = at(6).history();
            for (int k = 1; k < history.size(); k++) {
                assertEquals(history.get(k - 1).newB3().full(), history.get(k).b3().full());
            }
            assertEquals(history.get(history.size() - 1).b3().full(), at(6).current().b3().full());
        }
    }

    @Nested
    class Convergence {
        @Test
        void default_state_converges_at_step_nine() {
            assertEquals(9, at(0).convergedAt());
            assertFalse(at(0).diverged());
        }

        @Test
        void converged_at_does_not_depend_on_the_shown_step() {
            for (int k : new int[] {0, 1, 8, 9, 10, 500, 1000}) assertEquals(9, at(k).convergedAt(), "at step " + k);
        }

        @Test
        void the_view_is_converged_from_step_nine_on() {
            assertFalse(at(8).converged());
            assertTrue(at(9).converged());
            assertTrue(at(20).converged());
        }

        @Test
        void b3_at_step_nine_is_the_fitted_value() {
            assertEquals("2.61", at(9).current().b3().display());
            assertEquals(2.6085, Double.parseDouble(at(9).current().b3().full()), TOLERANCE);
        }

        @Test
        void the_announcement_says_when_done() {
            assertTrue(at(9).announcement().endsWith(" The step size is below the tolerance: done."));
            assertFalse(at(8).announcement().contains("done"));
        }

        @Test
        void a_looser_tolerance_converges_sooner() {
            LastBiasState loose = new LastBiasState(0, 0.1, 0.1, 0);
            int at = LastBiasLesson.view(loose).convergedAt();
            assertTrue(at >= 0 && at < 9, "converged at " + at);
        }

        @Test
        void steps_beyond_the_replay_horizon_can_still_be_shown() {
            LastBiasView view = at(LastBiasState.MAX_STEPS + 5);
            assertEquals(LastBiasState.MAX_STEPS + 5, view.current().index());
            assertFalse(view.stoppedEarly());
        }
    }

    @Nested
    class Divergence {
        @Test
        void learning_rate_ten_diverges() {
            LastBiasView view = LastBiasLesson.view(withLearningRate(10, 0));
            assertTrue(view.diverged());
            assertTrue(view.lastStep() < LastBiasState.MAX_STEPS, "last step " + view.lastStep());
            assertEquals(-1, view.convergedAt());
        }

        @Test
        void asking_past_divergence_shows_the_last_state_and_says_it_stopped_early() {
            int last = LastBiasLesson.view(withLearningRate(10, 0)).lastStep();
            LastBiasView view = LastBiasLesson.view(withLearningRate(10, LastBiasState.MAX_STEPS));
            assertTrue(view.stoppedEarly());
            assertEquals(last, view.current().index());
            assertTrue(Double.isFinite(Double.parseDouble(view.current().b3().full())));
            assertTrue(Double.isFinite(Double.parseDouble(view.current().ssr().full())));
        }

        @Test
        void learning_rate_0_34_stops_where_the_playground_does_with_the_same_message() {
            // Before, the lesson ran on to step 1000 (b3 = −2.82e17) while the playground said "exploded at step 177".
            LastBiasView view = LastBiasLesson.view(withLearningRate(0.34, LastBiasState.MAX_STEPS));
            var arch = DosageExample.ARCHITECTURE;
            var setup = new io.stepwise.playground.PlaygroundSetup(arch.sizes(), arch.hidden(), arch.output(),
                    io.stepwise.engine.Loss.SSR, io.stepwise.playground.Start.Given.of(DosageExample.lastBiasStart(0)),
                    io.stepwise.playground.TrainSet.of(arch, new int[] {io.stepwise.engine.Parameter.parse(arch, "b3").flatIndex(arch)}),
                    DosageExample.DATA, 0.34, 0.001, LastBiasState.MAX_STEPS);
            io.stepwise.playground.PlaygroundView pg = io.stepwise.playground.Playground.view(
                    new io.stepwise.playground.PlaygroundState(setup, LastBiasState.MAX_STEPS, false));
            assertTrue(view.diverged());
            assertEquals(pg.lastStep(), view.lastStep());
            assertEquals(view.lastStep(), view.current().index());
            assertEquals(pg.divergence(), view.divergence());
            assertTrue(view.divergence().title().startsWith("The loss exploded at step "), view.divergence().title());
            assertTrue(view.announcement().contains(view.divergence().title()), view.announcement());
        }

        @Test
        void a_step_before_divergence_is_shown_as_asked() {
            LastBiasView view = LastBiasLesson.view(withLearningRate(10, 1));
            assertEquals(1, view.current().index());
            assertFalse(view.stoppedEarly());
            assertEquals(2, view.history().size());
        }

        @Test
        void learning_rate_one_tenth_does_not_diverge() {
            assertFalse(LastBiasLesson.view(DEFAULT).diverged());
        }
    }
}
