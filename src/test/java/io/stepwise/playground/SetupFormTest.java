package io.stepwise.playground;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Loss;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The setup form as a browser submits it: the fields the page drew for a state, some of them changed. */
class SetupFormTest {

    /** The form fields of a state's page, as a browser would send them untouched. */
    static Map<String, List<String>> fields(PlaygroundState state) {
        SetupForm f = SetupForm.of(state);
        Map<String, List<String>> m = new LinkedHashMap<>();
        put(m, Fields.SHAPE, f.shape());
        put(m, Fields.DRAWN_SEED, f.start().drawnSeed());
        put(m, Fields.LAYERS, f.network().layers());
        put(m, Fields.HIDDEN, f.network().hidden());
        put(m, Fields.OUTPUT, f.network().output());
        put(m, Fields.LOSS, f.network().loss());
        put(m, Fields.TRAIN, f.training().train());
        put(m, Fields.LEARNING_RATE, f.settings().learningRate());
        put(m, Fields.TOLERANCE, f.settings().tolerance());
        put(m, Fields.MAX_STEPS, f.settings().maxSteps());
        put(m, Fields.INIT, f.start().init());
        put(m, Fields.SEED, f.start().seed());
        for (StartSection.ParamField p : f.start().parameters()) {
            put(m, p.name(), p.value());
            if (p.ticked()) m.computeIfAbsent(Fields.TICKED, k -> new ArrayList<>()).add(p.name());
        }
        put(m, Fields.TABLE_ROWS, Integer.toString(f.data().rows().size()));
        for (int r = 0; r < f.data().rows().size(); r++) {
            for (int c = 0; c < f.data().columns().size(); c++) put(m, DataSection.cell(r, c), f.data().rows().get(r).get(c));
        }
        put(m, Fields.CSV, f.data().csv());
        put(m, Fields.PRESET, f.data().preset());
        return m;
    }

    static void put(Map<String, List<String>> m, String name, String value) {
        m.put(name, new ArrayList<>(List.of(value)));
    }

    static SetupForm.Submission submit(Map<String, List<String>> m) {
        return SetupForm.read(name -> m.getOrDefault(name, List.of()));
    }

    @Test
    void an_untouched_form_gives_back_the_same_setup_at_step_zero() {
        PlaygroundState state = PlaygroundState.DEFAULT.withSteps(5);
        SetupForm.Submission s = submit(fields(state));
        assertTrue(s.ok(), () -> s.form().errors().toString());
        assertEquals(state.withSteps(0), s.state());
    }

    @Test
    void a_2_3_1_network_on_pasted_csv_from_a_seed() {
        Map<String, List<String>> m = fields(PlaygroundState.DEFAULT);
        put(m, Fields.LAYERS, "2-3-1");
        put(m, Fields.HIDDEN, "tanh");
        put(m, Fields.INIT, Fields.INIT_SEED);
        put(m, Fields.SEED, "7");
        put(m, Fields.CSV, "a,b,xor\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n");
        SetupForm.Submission s = submit(m);
        assertTrue(s.ok(), () -> s.form().errors().toString());
        PlaygroundSetup setup = s.state().setup();
        assertArrayEquals(new int[] {2, 3, 1}, setup.layers());
        assertEquals(Activation.TANH, setup.hidden());
        assertEquals(new Start.Seeded(7), setup.start());
        assertArrayEquals(new double[][] {{0}, {1}, {1}, {0}}, setup.data().targets());
    }

    @Test
    void a_preset_sets_the_input_and_output_sizes() {
        Map<String, List<String>> m = fields(PlaygroundState.DEFAULT);
        put(m, Fields.LAYERS, "1-4-4-1");
        put(m, Fields.INIT, Fields.INIT_SEED);
        put(m, Fields.PRESET, "and-or");
        SetupForm.Submission s = submit(m);
        assertTrue(s.ok(), () -> s.form().errors().toString());
        assertArrayEquals(new int[] {2, 4, 4, 2}, s.state().setup().layers());
        assertEquals(Presets.byId("and-or").data().size(), s.state().setup().data().size());
    }

    @Test
    void a_preset_chosen_on_a_fresh_form_applies_its_sizes_and_seeded_start_values_in_one_action() {
        // The fresh form's start values are the 1-2-1 table; XOR has two inputs, so those values cannot
        // be used and the preset draws its own from the seed field.
        Map<String, List<String>> m = fields(PlaygroundState.DEFAULT);
        put(m, Fields.PRESET, "xor");
        SetupForm.Submission s = submit(m);
        assertTrue(s.ok(), () -> s.form().errors().toString());
        assertArrayEquals(new int[] {2, 2, 1}, s.state().setup().layers());
        assertEquals(new Start.Seeded(Long.parseLong(SetupForm.of(PlaygroundState.DEFAULT).start().seed())), s.state().setup().start());
        assertArrayEquals(Presets.byId("xor").data().targets(), s.state().setup().data().targets());
        assertEquals(Fields.INIT_SEED, SetupForm.of(s.state()).start().init());
        assertEquals("2-2-1", SetupForm.of(s.state()).network().layers());
    }

    @Test
    void a_preset_that_keeps_the_sizes_keeps_the_typed_start_values() {
        Map<String, List<String>> m = fields(PlaygroundState.DEFAULT);
        put(m, "w1", "1.5");
        put(m, Fields.PRESET, "dosage");
        SetupForm.Submission s = submit(m);
        assertTrue(s.ok(), () -> s.form().errors().toString());
        assertEquals(1.5, s.state().setup().startNetwork().weights()[0]);
    }

    @Test
    void the_max_steps_hint_and_refusal_state_the_same_rule_with_this_setups_ceiling() {
        String hint = SetupForm.of(PlaygroundState.DEFAULT).maxStepsHint();
        assertTrue(hint.startsWith("Up to 100,000, as long as the run stays within 40,000,000 work units"), hint);
        // 1-2-1 on 3 samples: 7 parameters, 4 neurons, 3 layers → 3 × (7 + 32 × 7) + 14 = 707 units a step.
        assertTrue(hint.endsWith("For the 1-2-1 network and 3 samples one step is 707 units, so at most 56,576 steps."), hint);
        Map<String, List<String>> m = fields(PlaygroundState.DEFAULT);
        put(m, Fields.LAYERS, "1-64-64-64-1");
        put(m, Fields.INIT, Fields.INIT_SEED);
        put(m, Fields.MAX_STEPS, "100000");
        SetupForm.Submission s = submit(m);
        assertFalse(s.ok());
        String refusal = s.form().errors().get(Fields.MAX_STEPS);
        assertTrue(refusal.contains("over the limit of 40,000,000") && refusal.contains("For the 1-64-64-64-1 network and 3 samples one step is"), refusal);
    }

    @Test
    void edited_start_values_and_ticked_parameters_are_used() {
        Map<String, List<String>> m = fields(PlaygroundState.DEFAULT);
        put(m, "w3", "-0.5");
        put(m, Fields.TRAIN, Fields.TRAIN_CHOSEN);
        m.put(Fields.TICKED, new ArrayList<>(List.of("w3", "b3")));
        put(m, DataSection.cell(3, 0), "2");
        put(m, DataSection.cell(3, 1), "0.5");
        put(m, Fields.LOSS, "mse");
        SetupForm.Submission s = submit(m);
        assertTrue(s.ok(), () -> s.form().errors().toString());
        PlaygroundSetup setup = s.state().setup();
        assertEquals(-0.5, setup.startNetwork().weights()[2]);
        assertEquals(List.of("w3", "b3"), setup.train().names());
        assertEquals(4, setup.data().size());
        assertEquals(Loss.MSE, setup.loss());
    }

    @Test
    void one_bad_field_keeps_everything_else_as_typed() {
        Map<String, List<String>> m = fields(PlaygroundState.DEFAULT);
        put(m, Fields.LEARNING_RATE, "fast");
        put(m, Fields.TOLERANCE, "0.05");
        put(m, "w2", "7.5");
        put(m, DataSection.cell(1, 1), "1O");
        SetupForm.Submission s = submit(m);
        assertFalse(s.ok());
        SetupForm f = s.form();
        assertEquals(Map.of(Fields.LEARNING_RATE, "Learning rate must be a number, not “fast”.",
                Fields.cell(2, 2), "Row 2, y must be a number, not “1O”."), f.errors());
        assertEquals("fast", f.settings().learningRate());
        assertEquals("0.05", f.settings().tolerance());
        assertEquals("7.5", f.start().parameters().get(1).value());
        assertEquals("1O", f.data().rows().get(1).get(1));
        assertEquals("true", f.invalid(Fields.LEARNING_RATE));
        assertNull(f.invalid(Fields.TOLERANCE));
        assertEquals("pg-lr-error", f.describedBy(Fields.LEARNING_RATE));
        assertEquals("pg-r2c2", f.problems().get(1).target());
    }

    @Test
    void csv_problems_are_reported_at_the_csv_box_with_their_lines() {
        Map<String, List<String>> m = fields(PlaygroundState.DEFAULT);
        put(m, Fields.CSV, "x,y\n0,0\n1\n2,NaN\n");
        SetupForm f = submit(m).form();
        assertEquals("Line 3 has 1 value; this network needs 2 values per line (1 input, then 1 target). "
                + "Line 4, column 2 (y) must be a finite number, not “NaN”.", f.error(Fields.CSV));
        assertEquals("x,y\n0,0\n1\n2,NaN\n", f.data().csv());
    }

    @Test
    void new_layer_sizes_with_the_old_tables_are_explained() {
        Map<String, List<String>> m = fields(PlaygroundState.DEFAULT);
        put(m, Fields.LAYERS, "2-3-1");
        SetupForm f = submit(m).form();
        assertTrue(f.error(Fields.PARAMETERS).startsWith("The table holds start values for the 1-2-1 network, but the 2-3-1 network "
                + "has 9 weights and 4 biases. Choose “random values from the seed”"), f.error(Fields.PARAMETERS));
        assertTrue(f.error(Fields.DATA).startsWith("The table has columns for 1 input and 1 target, but the 2-3-1 network needs "
                + "2 inputs and 1 target."), f.error(Fields.DATA));
        assertEquals("1-2-1", f.shape());
        assertEquals("2-3-1", f.network().layers());
    }

    @Test
    void an_input_is_marked_by_its_own_message_and_by_its_groups() {
        SetupForm good = SetupForm.of(PlaygroundState.DEFAULT);
        SetupForm f = new SetupForm(good.shape(), good.network(), good.training(), good.settings(), good.start(), good.data(),
                Map.of(Fields.PARAMETERS, "The table does not fit.", "w2", "w2 must be a number."));
        assertEquals("true", f.invalid("w1", Fields.PARAMETERS));
        assertEquals("pg-params-error", f.describedBy(Fields.PARAMETERS, "w1"));
        assertEquals("pg-params-error pg-w2-error", f.describedBy(Fields.PARAMETERS, "w2"));
        assertNull(f.invalid(Fields.cell(1, 1), Fields.DATA));
        assertNull(f.describedBy(Fields.cell(1, 1), Fields.DATA));
        assertEquals("pg-csv-hint", f.describedByHint(Fields.CSV, Fields.DATA));
    }

    @Test
    void edited_values_while_the_seed_is_chosen_are_not_dropped_silently() {
        PlaygroundSetup d = PlaygroundSetup.DEFAULT;
        PlaygroundSetup seeded = new PlaygroundSetup(d.layers(), d.hidden(), d.output(), d.loss(), new Start.Seeded(4), d.train(), d.data(),
                0.1, 0.001, 100);
        Map<String, List<String>> m = fields(new PlaygroundState(seeded, 0, false));
        assertTrue(submit(m).ok());
        put(m, Fields.SEED, "5");
        assertEquals(new Start.Seeded(5), submit(m).state().setup().start());
        put(m, "b1", "0.25");
        SetupForm f = submit(m).form();
        assertTrue(f.error(Fields.INIT).startsWith("You changed start values in the table"), f.error(Fields.INIT));
        put(m, Fields.INIT, Fields.INIT_GIVEN);
        assertEquals(0.25, submit(m).state().setup().startNetwork().biases()[0]);
    }

    @Test
    void a_setup_too_big_for_a_link_gets_a_message_not_a_broken_page() {
        Map<String, List<String>> m = fields(PlaygroundState.DEFAULT);
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 300; i++) csv.append(i / 300.0).append(',').append(Math.sin(i)).append('\n');
        put(m, Fields.CSV, csv.toString());
        put(m, Fields.MAX_STEPS, "100");
        SetupForm f = submit(m).form();
        assertTrue(f.error(Fields.SETUP).startsWith("This setup is too big for a link: its permalink would be about "), f.error(Fields.SETUP));
        assertTrue(f.error(Fields.SETUP).contains("links are kept under 2,000"));
        assertEquals(csv.toString(), f.data().csv());
    }

    @Test
    void a_bad_permalink_fills_the_form_with_what_it_said() {
        PlaygroundUrl.Decoded d = PlaygroundUrlTest.decode("layers=2-3-1&seed=7&data=0,0,0;0,1,1&lr=-1&steps=1");
        SetupForm f = SetupForm.of(d);
        assertEquals("2-3-1", f.network().layers());
        assertEquals("2-3-1", f.shape());
        assertEquals("-1", f.settings().learningRate());
        assertEquals(List.of("0", "1", "1"), f.data().rows().get(1));
        assertEquals(9 + 4, f.start().parameters().size());
        assertEquals(Map.of(Fields.LEARNING_RATE, "Learning rate must be a number from 0 (exclusive) to 100, not “-1”."), f.errors());
    }

    static List<io.stepwise.input.LearningRateCases.Case> learningRates() { return io.stepwise.input.LearningRateCases.ALL; }

    /** The same texts as every other reader of the learning rate (web.OneNumberRuleTest), with the same messages. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("learningRates")
    void the_form_reads_the_learning_rate_like_every_other_reader(io.stepwise.input.LearningRateCases.Case c) {
        Map<String, List<String>> m = fields(PlaygroundState.DEFAULT);
        put(m, Fields.LEARNING_RATE, c.raw());
        SetupForm.Submission s = submit(m);
        if (c.accepted()) {
            assertTrue(s.ok(), () -> s.form().errors().toString());
        } else {
            assertEquals(Map.of(Fields.LEARNING_RATE, c.message()), s.form().errors());
        }
    }
}
