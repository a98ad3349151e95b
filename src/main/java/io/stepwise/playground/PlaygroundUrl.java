package io.stepwise.playground;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.Limits;
import io.stepwise.engine.Loss;
import io.stepwise.engine.Parameter;
import io.stepwise.input.Count;
import io.stepwise.input.Ranges;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The playground's permalink: a whole state in a short query string, and back.
 *
 * <pre>layers=2-3-1&amp;act=tanh&amp;out=identity&amp;loss=ssr&amp;seed=7&amp;train=all
 * &amp;data=0,0,0;0,1,1;1,0,1;1,1,0&amp;lr=0.1&amp;tol=0.001&amp;max=1000&amp;steps=3</pre>
 *
 * Start values are either {@code seed=…} or the comma lists {@code w=…&b=…}; {@code train} is all,
 * weights, biases or names such as {@code w1,b3}; each data row is the inputs then the targets;
 * {@code detail=w5} picks the parameter whose gradient is worked out in detail.
 * Numbers are written in the shortest form that reads back to the same double, and ',' ';' '-'
 * need no escaping in a query, so typical setups stay well under {@link #MAX_LENGTH}. Decoding
 * checks every field and reports each wrong one, keeping the raw text for the form.
 */
public final class PlaygroundUrl {
    /** Longer permalinks are refused with a message: links this long are not safe to share. */
    public static final int MAX_LENGTH = 2_000;
    /** The step shown: at most max steps, checked after this. */
    private static final Count STEP = new Count("Step", Ranges.MAX_STEPS.max());
    /** The longest query string: room is left for the path ("/playground?") within {@link #MAX_LENGTH}. */
    public static final int MAX_QUERY_LENGTH = MAX_LENGTH - 24;
    /** The longest value a single field may have: generous for data and start values. */
    static final int MAX_FIELD_LENGTH = 100_000;
    /** The fields that make up a setup, in the order the permalink writes them. */
    public static final List<String> SETUP_FIELDS = List.of(Fields.LAYERS, Fields.HIDDEN, Fields.OUTPUT, Fields.LOSS, Fields.SEED,
            Fields.WEIGHTS, Fields.BIASES, Fields.TRAIN, Fields.DATA, Fields.LEARNING_RATE, Fields.TOLERANCE, Fields.MAX_STEPS);

    private PlaygroundUrl() {}

    /** Query parameters by name, as the web layer hands them over: every value given for a name. */
    public interface Query {
        List<String> values(String name);
    }

    /**
     * The outcome of decoding: the state when every field was good; otherwise null and the errors.
     *
     * @param raw each field's text as given, for showing it back
     */
    public record Decoded(PlaygroundState state, List<FieldError> errors, Map<String, String> raw) {
        public boolean ok() { return errors.isEmpty(); }
    }

    /** The query string of a state, without the leading '?'. */
    public static String query(PlaygroundState state) {
        StringBuilder q = new StringBuilder();
        fields(state).forEach((name, value) -> {
            if (q.length() > 0) q.append('&');
            q.append(name).append('=').append(value);
        });
        return q.toString();
    }

    /** The permalink's fields in order, name to value: what a GET form repeats as hidden inputs. */
    public static Map<String, String> fields(PlaygroundState state) {
        PlaygroundSetup s = state.setup();
        Map<String, String> q = new LinkedHashMap<>();
        q.put(Fields.LAYERS, s.shape());
        q.put(Fields.HIDDEN, s.hidden().id());
        q.put(Fields.OUTPUT, s.output().id());
        q.put(Fields.LOSS, s.loss().id());
        if (s.start() instanceof Start.Seeded seeded) {
            q.put(Fields.SEED, Long.toString(seeded.seed()));
        } else {
            Start.Given given = (Start.Given) s.start();
            q.put(Fields.WEIGHTS, list(given.weights()));
            q.put(Fields.BIASES, list(given.biases()));
        }
        q.put(Fields.TRAIN, s.train().encode());
        q.put(Fields.DATA, rows(s.data()));
        q.put(Fields.LEARNING_RATE, Numbers.compact(s.learningRate()));
        q.put(Fields.TOLERANCE, Numbers.compact(s.tolerance()));
        q.put(Fields.MAX_STEPS, Integer.toString(s.maxSteps()));
        q.put(Fields.STEPS, Integer.toString(state.steps()));
        if (state.logLoss()) q.put(Fields.LOG_LOSS, "1");
        if (state.detail() != null) q.put(Fields.DETAIL, state.detail());
        return q;
    }

    /** The data as the permalink writes it: "x,y;x,y;…", each row's inputs then targets. */
    public static String rows(Dataset data) {
        StringBuilder out = new StringBuilder();
        double[][] inputs = data.inputs(), targets = data.targets(); // copies: once, not once a row
        for (int s = 0; s < data.size(); s++) {
            if (s > 0) out.append(';');
            out.append(list(inputs[s])).append(',').append(list(targets[s]));
        }
        return out.toString();
    }

    static String list(double[] values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) out.append(',');
            out.append(Numbers.compact(values[i]));
        }
        return out.toString();
    }

    /**
     * Reads a state, checking every field. A field that is absent takes its default; with no
     * setup field at all the state is the default setup (the dosage example).
     */
    public static Decoded decode(Query query) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> raw = new LinkedHashMap<>();
        for (String name : SETUP_FIELDS) {
            String v = single(query, name, errors);
            if (v != null) raw.put(name, v);
        }
        String stepsRaw = single(query, Fields.STEPS, errors);
        String logRaw = single(query, Fields.LOG_LOSS, errors);
        String detailRaw = single(query, Fields.DETAIL, errors);
        if (stepsRaw != null) raw.put(Fields.STEPS, stepsRaw);

        PlaygroundSetup d = PlaygroundSetup.DEFAULT;
        boolean anySetup = SETUP_FIELDS.stream().anyMatch(raw::containsKey);
        int[] layers = raw.containsKey(Fields.LAYERS) ? Rules.layers(Fields.LAYERS, raw.get(Fields.LAYERS), errors) : d.layers();
        Activation hidden = raw.containsKey(Fields.HIDDEN)
                ? Rules.activation(Fields.HIDDEN, "Hidden activation", raw.get(Fields.HIDDEN), errors) : d.hidden();
        Activation output = raw.containsKey(Fields.OUTPUT)
                ? Rules.activation(Fields.OUTPUT, "Output activation", raw.get(Fields.OUTPUT), errors) : d.output();
        Loss loss = raw.containsKey(Fields.LOSS) ? Rules.loss(Fields.LOSS, raw.get(Fields.LOSS), errors) : d.loss();
        Architecture arch = layers == null ? null : new Architecture(layers, hidden == null ? d.hidden() : hidden,
                output == null ? d.output() : output);

        Start start = null;
        boolean given = raw.containsKey(Fields.WEIGHTS) || raw.containsKey(Fields.BIASES);
        if (raw.containsKey(Fields.SEED) && given) {
            errors.add(new FieldError(Fields.SEED, "Give either a seed or start values (w and b), not both."));
        } else if (raw.containsKey(Fields.SEED)) {
            Long seed = Rules.seed(Fields.SEED, raw.get(Fields.SEED), errors);
            if (seed != null) start = new Start.Seeded(seed);
        } else if (given) {
            if (!raw.containsKey(Fields.WEIGHTS) || !raw.containsKey(Fields.BIASES)) {
                String missing = raw.containsKey(Fields.WEIGHTS) ? Fields.BIASES : Fields.WEIGHTS;
                errors.add(new FieldError(missing, "Start values need both lists: w (the weights) and b (the biases)."));
            } else if (arch != null) {
                double[] w = Rules.values(Fields.WEIGHTS, "w", "weights", raw.get(Fields.WEIGHTS), arch, arch.weightCount(), errors);
                double[] b = Rules.values(Fields.BIASES, "b", "biases", raw.get(Fields.BIASES), arch, arch.biasCount(), errors);
                if (w != null && b != null) start = new Start.Given(w, b);
            }
        } else if (arch != null) {
            start = Arrays.equals(arch.sizes(), d.layers()) ? d.start() : new Start.Seeded(1);
        }

        TrainSet train = TrainSet.ALL;
        if (raw.containsKey(Fields.TRAIN) && arch != null) train = Rules.train(Fields.TRAIN, raw.get(Fields.TRAIN), arch, errors);

        Dataset data = null;
        if (arch != null) {
            if (raw.containsKey(Fields.DATA)) {
                data = Rules.data(Fields.DATA, raw.get(Fields.DATA), arch.inputCount(), arch.outputCount(), errors);
            } else {
                data = defaultData(arch);
                if (data == null) {
                    errors.add(new FieldError(Fields.DATA, "There is no data for a network with " + CsvData.count(arch.inputCount(), "input")
                            + " and " + CsvData.count(arch.outputCount(), "output") + ": give rows as data=" + example(arch) + "."));
                }
            }
        }

        Double lr = raw.containsKey(Fields.LEARNING_RATE)
                ? Rules.number(Fields.LEARNING_RATE, Ranges.LEARNING_RATE, raw.get(Fields.LEARNING_RATE), errors) : Double.valueOf(d.learningRate());
        Double tol = raw.containsKey(Fields.TOLERANCE)
                ? Rules.number(Fields.TOLERANCE, Ranges.TOLERANCE, raw.get(Fields.TOLERANCE), errors) : Double.valueOf(d.tolerance());
        Integer max = raw.containsKey(Fields.MAX_STEPS)
                ? Rules.count(Fields.MAX_STEPS, Ranges.MAX_STEPS, raw.get(Fields.MAX_STEPS), errors) : Integer.valueOf(d.maxSteps());
        Integer steps = stepsRaw != null ? Rules.count(Fields.STEPS, STEP, stepsRaw, errors) : Integer.valueOf(0);
        if (steps != null && max != null && steps > max) {
            errors.add(new FieldError(Fields.STEPS, "Step must be from 0 to max steps (" + max + "), not " + steps + "."));
        }
        boolean logLoss = false;
        if (logRaw != null) {
            if (logRaw.equals("1")) logLoss = true;
            else if (!logRaw.equals("0")) errors.add(new FieldError(Fields.LOG_LOSS, "logy must be 1 (log scale) or 0, not “" + Numbers.shorten(logRaw) + "”."));
        }
        if (detailRaw != null && arch != null && Parameter.parse(arch, detailRaw) == null) {
            errors.add(new FieldError(Fields.DETAIL, "detail must name a parameter of this network, w1 to w" + arch.weightCount()
                    + " or b1 to b" + arch.biasCount() + ", not “" + Numbers.shorten(detailRaw) + "”."));
        }
        if (errors.isEmpty() && arch != null) Rules.withinWork(Fields.MAX_STEPS, arch, data.size(), max, errors);
        if (!errors.isEmpty()) return new Decoded(null, List.copyOf(errors), raw);

        PlaygroundSetup setup = anySetup
                ? new PlaygroundSetup(layers, hidden, output, loss, start, train, data, lr, tol, max)
                : d;
        FieldError tooLong = tooLong(setup);
        if (tooLong != null) return new Decoded(null, List.of(tooLong), raw);
        return new Decoded(new PlaygroundState(setup, steps, logLoss, detailRaw), List.of(), raw);
    }

    /**
     * The error of a setup whose permalink (at step 0) is longer than {@link #MAX_QUERY_LENGTH}, or
     * null: the form refuses to make such a link, and a link made by hand is refused the same way,
     * which also bounds the size of a step's answer (each of its links repeats the query).
     */
    static FieldError tooLong(PlaygroundSetup setup) {
        int length = query(new PlaygroundState(setup, 0, false)).length();
        if (length <= MAX_QUERY_LENGTH) return null;
        return new FieldError(Fields.SETUP, "This setup is too big for a link: its permalink would be about "
                + String.format(java.util.Locale.ROOT, "%,d", length) + " characters, and links are kept under "
                + String.format(java.util.Locale.ROOT, "%,d", MAX_LENGTH) + " so that they work everywhere. "
                + "Use random start values (a seed) instead of typed ones, fewer data rows, or numbers with fewer digits.");
    }

    /** Data that fits a network when none is given: the first preset with its numbers of inputs and outputs. */
    static Dataset defaultData(Architecture arch) {
        for (Presets.Preset p : Presets.ALL) {
            if (p.inputs() == arch.inputCount() && p.outputs() == arch.outputCount()) return p.data();
        }
        return null;
    }

    private static String example(Architecture arch) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < arch.inputCount() + arch.outputCount(); i++) row.add(i < arch.inputCount() ? "0.5" : "1");
        return String.join(",", row) + ";…";
    }

    /** One value of a field, null when absent or blank; an error when it is given twice or is too long. */
    private static String single(Query query, String name, List<FieldError> errors) {
        List<String> values = query.values(name);
        if (values == null || values.isEmpty()) return null;
        if (values.size() > 1) {
            errors.add(new FieldError(name, "“" + name + "” is given " + values.size() + " times; give it once."));
            return null;
        }
        String v = values.get(0);
        if (v == null || v.isBlank()) return null;
        if (v.length() > MAX_FIELD_LENGTH) {
            errors.add(new FieldError(name, "“" + name + "” is too long (" + v.length() + " characters; at most " + MAX_FIELD_LENGTH + ")."));
            return null;
        }
        return v.strip();
    }
}
