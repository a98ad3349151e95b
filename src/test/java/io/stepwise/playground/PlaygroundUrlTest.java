package io.stepwise.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.Loss;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlaygroundUrlTest {
    static final long SEED = 20_251_123L;

    /** Splits a query string as a server does: on '&', then at the first '='. */
    static PlaygroundUrl.Query query(String q) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (!q.isEmpty()) {
            for (String pair : q.split("&")) {
                int eq = pair.indexOf('=');
                map.computeIfAbsent(eq < 0 ? pair : pair.substring(0, eq), k -> new ArrayList<>()).add(eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        return name -> map.getOrDefault(name, List.of());
    }

    static PlaygroundUrl.Decoded decode(String q) { return PlaygroundUrl.decode(query(q)); }

    static PlaygroundState roundTrip(PlaygroundState state) {
        PlaygroundUrl.Decoded d = decode(PlaygroundUrl.query(state));
        assertTrue(d.ok(), d.errors().toString());
        return d.state();
    }

    static final Dataset XOR = Presets.byId("xor").data();

    @Nested
    class RoundTrip {
        @Test
        void the_default_state_comes_back_equal() {
            assertEquals(PlaygroundState.DEFAULT, roundTrip(PlaygroundState.DEFAULT));
            assertEquals("layers=1-2-1&act=softplus&out=identity&loss=ssr&w=2.74,-1.13,0.36,0.63&b=0,0,0&train=all"
                    + "&data=0,0;0.5,1;1,0&lr=0.1&tol=0.001&max=1000&steps=0", PlaygroundUrl.query(PlaygroundState.DEFAULT));
        }

        @Test
        void a_seeded_2_3_1_network_on_xor_is_written_compactly() {
            PlaygroundSetup setup = new PlaygroundSetup(new int[] {2, 3, 1}, Activation.TANH, Activation.SIGMOID, Loss.MSE,
                    new Start.Seeded(7), TrainSet.WEIGHTS, XOR, 0.5, 1e-4, 5_000);
            PlaygroundState state = new PlaygroundState(setup, 12, true);
            String q = PlaygroundUrl.query(state);
            assertEquals("layers=2-3-1&act=tanh&out=sigmoid&loss=mse&seed=7&train=weights&data=0,0,0;0,1,1;1,0,1;1,1,0"
                    + "&lr=0.5&tol=0.0001&max=5000&steps=12&logy=1", q);
            assertEquals(state, roundTrip(state));
        }

        @Test
        void given_values_and_a_chosen_set_keep_every_bit() {
            double[] w = {0.1 + 0.2, -0.0, 1e-300, -123456.789, Math.PI, Double.MIN_VALUE};
            double[] b = {Double.MAX_VALUE / 1e10, -1.5e-7, 42, 0.0};
            PlaygroundSetup setup = new PlaygroundSetup(new int[] {1, 2, 2}, Activation.RELU, Activation.IDENTITY, Loss.HALF_SSE,
                    new Start.Given(w, b), new TrainSet(TrainSet.Kind.CHOSEN, List.of("w1", "w6", "b3")),
                    new Dataset(new double[][] {{0.3}, {-7}}, new double[][] {{1, 2}, {3, 4.25}}), 100, 1000, 0);
            PlaygroundState back = roundTrip(new PlaygroundState(setup, 0, false));
            assertEquals(setup, back.setup());
            Start.Given given = (Start.Given) back.setup().start();
            for (int i = 0; i < w.length; i++) assertEquals(Double.doubleToRawLongBits(w[i]), Double.doubleToRawLongBits(given.weights()[i]));
        }

        @Test
        void random_setups_round_trip_exactly() {
            Random random = new Random(SEED);
            for (int trial = 0; trial < 200; trial++) {
                int layers = 2 + random.nextInt(3);
                int[] sizes = new int[layers];
                for (int l = 0; l < layers; l++) sizes[l] = 1 + random.nextInt(3);
                Activation[] acts = Activation.values();
                io.stepwise.engine.Architecture arch = new io.stepwise.engine.Architecture(sizes, acts[random.nextInt(acts.length)],
                        acts[random.nextInt(acts.length)]);
                Start start = random.nextBoolean() ? new Start.Seeded(random.nextInt(1_000_000))
                        : new Start.Given(randoms(random, arch.weightCount()), randoms(random, arch.biasCount()));
                int samples = 1 + random.nextInt(5);
                double[][] x = new double[samples][];
                double[][] y = new double[samples][];
                for (int s = 0; s < samples; s++) {
                    x[s] = randoms(random, sizes[0]);
                    y[s] = randoms(random, sizes[layers - 1]);
                }
                int[] trained = random.ints(1 + random.nextInt(arch.parameterCount()), 0, arch.parameterCount()).distinct().toArray();
                PlaygroundSetup setup = new PlaygroundSetup(sizes, arch.hidden(), arch.output(), Loss.values()[random.nextInt(3)], start,
                        TrainSet.of(arch, trained), new Dataset(x, y), random.nextDouble() + 1e-9, random.nextDouble() + 1e-9,
                        random.nextInt(500));
                PlaygroundState state = new PlaygroundState(setup, random.nextInt(setup.maxSteps() + 1), random.nextBoolean());
                assertEquals(state, roundTrip(state), PlaygroundUrl.query(state));
            }
        }

        @Test
        void a_typical_setup_with_given_values_stays_under_two_thousand_characters() {
            io.stepwise.engine.Architecture arch = new io.stepwise.engine.Architecture(new int[] {2, 3, 1}, Activation.TANH, Activation.IDENTITY);
            PlaygroundSetup setup = new PlaygroundSetup(arch.sizes(), arch.hidden(), arch.output(), Loss.SSR,
                    Start.Given.of(new Start.Seeded(7).network(arch)), TrainSet.ALL, noisyRows(40, 2), 0.1, 0.001, 1000);
            int length = ("/playground?" + PlaygroundUrl.query(new PlaygroundState(setup, 250, false))).length();
            assertTrue(length < PlaygroundUrl.MAX_LENGTH, "length " + length);
        }

        private Dataset noisyRows(int n, int inputs) {
            Random random = new Random(SEED);
            double[][] x = new double[n][inputs];
            double[][] y = new double[n][1];
            for (int s = 0; s < n; s++) {
                for (int i = 0; i < inputs; i++) x[s][i] = Math.round(random.nextDouble() * 100) / 100.0;
                y[s][0] = Math.round(random.nextGaussian() * 100) / 100.0;
            }
            return new Dataset(x, y);
        }

        private double[] randoms(Random random, int n) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = switch (random.nextInt(4)) {
                    case 0 -> random.nextGaussian();
                    case 1 -> Math.round(random.nextGaussian() * 100) / 100.0;
                    case 2 -> random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
                    default -> random.nextInt(10) - 5;
                };
            }
            return v;
        }
    }

    @Nested
    class Defaults {
        @Test
        void an_empty_query_is_the_default_state() {
            PlaygroundUrl.Decoded d = decode("");
            assertTrue(d.ok());
            assertEquals(PlaygroundState.DEFAULT, d.state());
        }

        @Test
        void a_new_shape_without_start_values_or_data_gets_seed_1_and_the_matching_preset() {
            PlaygroundUrl.Decoded d = decode("layers=2-4-1&steps=3");
            assertTrue(d.ok(), d.errors().toString());
            PlaygroundSetup s = d.state().setup();
            assertEquals(new Start.Seeded(1), s.start());
            assertEquals(4, s.data().size());
            assertEquals(3, d.state().steps());
        }

        @Test
        void a_shape_no_preset_fits_needs_data() {
            PlaygroundUrl.Decoded d = decode("layers=3-2-1");
            assertFalse(d.ok());
            assertEquals(Fields.DATA, d.errors().get(0).field());
            assertTrue(d.errors().get(0).message().contains("data=0.5,0.5,0.5,1;…"), d.errors().get(0).message());
        }
    }

    @Nested
    class Errors {
        @Test
        void every_bad_field_is_reported_with_its_name_and_the_raw_text_is_kept() {
            PlaygroundUrl.Decoded d = decode("layers=2-3-1&act=swish&out=identity&loss=l1&seed=7&train=w99"
                    + "&data=0,0,0;0,1&lr=0&tol=abc&max=-1&steps=2");
            assertNull(d.state());
            Map<String, String> byField = new LinkedHashMap<>();
            for (FieldError e : d.errors()) byField.put(e.field(), e.message());
            assertEquals(List.of(Fields.HIDDEN, Fields.LOSS, Fields.TRAIN, Fields.DATA, Fields.LEARNING_RATE, Fields.TOLERANCE,
                    Fields.MAX_STEPS), List.copyOf(byField.keySet()));
            assertEquals("Hidden activation must be one of softplus, relu, sigmoid, tanh, identity, not “swish”.", byField.get(Fields.HIDDEN));
            assertEquals("Loss must be one of ssr, half-sse, mse, not “l1”.", byField.get(Fields.LOSS));
            assertEquals("The 2-3-1 network has no parameter “w99”; it has w1…w9 and b1…b4 (or use all, weights, biases).", byField.get(Fields.TRAIN));
            assertEquals("Row 2 of the data has 2 values; this network needs 3 values (2 inputs, then 1 target).", byField.get(Fields.DATA));
            assertEquals("Learning rate must be a number from 0 (exclusive) to 100, not “0”.", byField.get(Fields.LEARNING_RATE));
            assertEquals("Tolerance must be a number, not “abc”.", byField.get(Fields.TOLERANCE));
            assertEquals("Max steps must be a whole number from 0 to 100000, not “-1”.", byField.get(Fields.MAX_STEPS));
            assertEquals("swish", d.raw().get(Fields.HIDDEN));
            assertEquals("0,0,0;0,1", d.raw().get(Fields.DATA));
        }

        @Test
        void layer_sizes_are_checked_against_the_engine_caps() {
            assertEquals("Layer sizes must be whole numbers joined by dashes, such as 2-3-1, not “2-three-1”.", only("layers=2-three-1"));
            assertEquals("A network has 2 to 8 layers (inputs, hidden layers, outputs); “1-1-1-1-1-1-1-1-1” has 9.", only("layers=1-1-1-1-1-1-1-1-1"));
            assertEquals("Each layer has 1 to 64 neurons; hidden layer 1 has 65.", only("layers=1-65-1"));
            assertEquals("Each layer has 1 to 64 neurons; the input layer has 0.", only("layers=0-2-1"));
        }

        @Test
        void start_values_must_match_the_network() {
            assertEquals("The 1-2-1 network has 4 weights (w1…w4); 3 were given.", only("w=1,2,3&b=0,0,0"));
            assertEquals("w2 must be a finite number, not “NaN”.", only("w=1,NaN,3,4&b=0,0,0"));
            assertEquals("Start values need both lists: w (the weights) and b (the biases).", only("w=1,2,3,4"));
            assertEquals("Give either a seed or start values (w and b), not both.", only("seed=3&w=1,2,3,4&b=0,0,0"));
            assertEquals("Seed must be a whole number from 0 to 999999999, not “-3”.", only("seed=-3"));
        }

        @Test
        void data_with_nan_or_infinity_is_refused() {
            assertEquals("Row 2, y must be a finite number, not “NaN”.", only("data=0,0;1,NaN"));
            assertEquals("Row 1, x is too large to compute with (“1e999”).", only("data=1e999,0"));
        }

        @Test
        void steps_past_max_and_repeated_fields_are_refused() {
            assertEquals("Step must be from 0 to max steps (10), not 11.", only("max=10&steps=11"));
            assertEquals("“lr” is given 2 times; give it once.", only("lr=0.1&lr=0.2"));
            assertEquals("logy must be 1 (log scale) or 0, not “yes”.", only("logy=yes"));
        }

        @Test
        void a_run_over_the_work_cap_is_refused_before_it_starts() {
            String message = only("layers=1-64-64-1&seed=1&max=100000");
            assertTrue(message.startsWith("This setup is too large to run: (max steps + 1) × 34,629 work units per step is "), message);
            assertTrue(message.contains(", over the limit of 40,000,000."), message);
            assertTrue(message.contains("Use fewer max steps"), message);
        }

        private String only(String q) {
            PlaygroundUrl.Decoded d = decode(q);
            assertEquals(1, d.errors().size(), d.errors().toString());
            return d.errors().get(0).message();
        }
    }
}
