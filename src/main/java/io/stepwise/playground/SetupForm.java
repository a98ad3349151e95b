package io.stepwise.playground;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Dataset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The setup form as the page draws it: each section's fields exactly as they will appear (as
 * typed, when the form comes back with errors), and the error message of each field that cannot
 * be used. Each section reads and checks its own fields; this puts them together.
 *
 * @param shape the layer sizes the parameter and data tables are drawn for (a hidden field, so
 *              that a submission knows what its tables mean)
 * @param errors field name → message, in the order the form shows the fields
 */
public record SetupForm(String shape, NetworkSection network, TrainingSection training, SettingsSection settings,
                        StartSection start, DataSection data, Map<String, String> errors) {

    public SetupForm {
        errors = Collections.unmodifiableMap(inFormOrder(errors));
    }

    /** An option of a select: its value, its text, and whether it is chosen. */
    public record Option(String value, String label, boolean selected) {}

    /** An error with the id of the element it is about, for the summary's links. */
    public record Problem(String field, String target, String message) {}

    /** A submitted form: the state when every field was good, otherwise the form to draw again with its errors. */
    public record Submission(PlaygroundState state, SetupForm form) {
        public boolean ok() { return state != null; }
    }

    /** The fields in the order the form shows them, for the error summary. */
    private static final List<String> ORDER = List.of(Fields.LAYERS, Fields.HIDDEN, Fields.OUTPUT, Fields.LOSS, Fields.TRAIN,
            Fields.LEARNING_RATE, Fields.TOLERANCE, Fields.MAX_STEPS, Fields.INIT, Fields.SEED, Fields.PARAMETERS, Fields.WEIGHTS,
            Fields.BIASES, Fields.TICKED, Fields.DATA, Fields.CSV, Fields.PRESET, Fields.SETUP, Fields.STEPS, Fields.LOG_LOSS, Fields.DETAIL);
    private static final Pattern VALUE = Pattern.compile("([wb])(\\d+)");
    private static final Pattern CELL = Pattern.compile("r(\\d+)c(\\d+)");

    private static Map<String, String> inFormOrder(Map<String, String> errors) {
        List<String> fields = new ArrayList<>(errors.keySet());
        fields.sort(Comparator.comparingLong(SetupForm::rank));
        Map<String, String> sorted = new LinkedHashMap<>();
        for (String f : fields) sorted.put(f, errors.get(f));
        return sorted;
    }

    /** A single value sorts after its table's group message (w3 after "params", r2c1 after "data"), in table order. */
    private static long rank(String field) {
        Matcher value = VALUE.matcher(field);
        if (value.matches()) {
            return ORDER.indexOf(Fields.PARAMETERS) * 1_000_000L + (value.group(1).equals("w") ? 1 : 500_000) + Long.parseLong(value.group(2));
        }
        Matcher cell = CELL.matcher(field);
        if (cell.matches()) return ORDER.indexOf(Fields.DATA) * 1_000_000L + 1 + Long.parseLong(cell.group(1)) * 1_000 + Long.parseLong(cell.group(2));
        int i = ORDER.indexOf(field);
        return (i < 0 ? ORDER.size() : i) * 1_000_000L;
    }

    // ---------------------------------------------------------------- for the template

    public boolean hasErrors() { return !errors.isEmpty(); }

    public String error(String field) { return errors.get(field); }

    public boolean hasError(String field) { return errors.containsKey(field); }

    /**
     * "true" when one of the fields has an error, else null (the attribute is then left out). An
     * input names its own field and the group it belongs to (a table cell and "data"), so that a
     * message about the whole group marks every input in it.
     */
    public String invalid(String... fields) {
        for (String field : fields) if (hasError(field)) return "true";
        return null;
    }

    /** The error message ids of those fields that have one, each once, else null. */
    public String describedBy(String... fields) {
        String ids = Stream.of(fields).distinct().filter(this::hasError).map(Fields::errorId).collect(Collectors.joining(" "));
        return ids.isEmpty() ? null : ids;
    }

    /** The hint's id, followed by the error message ids of the field and its groups, those that have one. */
    public String describedByHint(String field, String... groups) {
        String errors = describedBy(Stream.concat(Stream.of(field), Stream.of(groups)).toArray(String[]::new));
        return Fields.hintId(field) + (errors == null ? "" : " " + errors);
    }

    /** Every error, in form order, with the element its summary link should focus. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        for (Map.Entry<String, String> e : errors.entrySet()) out.add(new Problem(e.getKey(), target(e.getKey()), e.getValue()));
        return out;
    }

    private String target(String field) {
        if (field.equals(Fields.SETUP) || field.equals(Fields.STEPS) || field.equals(Fields.LOG_LOSS)
                || field.equals(Fields.DETAIL)) return Fields.id(Fields.SETUP);
        if (field.equals(Fields.DATA)) return data.tableEditable() ? Fields.id(Fields.cell(1, 1)) : Fields.id(Fields.CSV);
        String firstParameter = start.parametersEditable() ? start.parameters().get(0).name() : null;
        if (field.equals(Fields.PARAMETERS) || field.equals(Fields.WEIGHTS) || field.equals(Fields.BIASES)) {
            return Fields.id(firstParameter == null ? Fields.WEIGHTS : firstParameter);
        }
        if (field.equals(Fields.INIT)) return Fields.id(Fields.INIT + "-" + (start.seeded() ? Fields.INIT_SEED : Fields.INIT_GIVEN));
        if (field.equals(Fields.TICKED)) return Fields.id(firstParameter == null ? Fields.TICKED : Fields.TICKED + "-" + firstParameter);
        return Fields.id(field);
    }

    /** The data-table errors, which are listed under the table. */
    public List<Problem> dataProblems() {
        return problems().stream().filter(p -> p.field().equals(Fields.DATA) || CELL.matcher(p.field()).matches()).toList();
    }

    // ---------------------------------------------------------------- building

    /** The form for a state that works: every field shows the state's values, with no errors. */
    public static SetupForm of(PlaygroundState state) {
        PlaygroundSetup s = state.setup();
        return new SetupForm(s.shape(), NetworkSection.of(s), TrainingSection.of(s.train()), SettingsSection.of(s), StartSection.of(s),
                DataSection.of(s.architecture(), s.data()), Map.of());
    }

    /**
     * The form for a permalink that could not be used: the fields show what the link said, so that
     * the mistakes can be seen and fixed, each next to its message.
     */
    public static SetupForm of(PlaygroundUrl.Decoded decoded) {
        Map<String, String> raw = decoded.raw();
        int[] sizes = quietLayers(raw.getOrDefault(Fields.LAYERS, PlaygroundSetup.DEFAULT.shape()));
        if (sizes == null) sizes = PlaygroundSetup.DEFAULT.layers();
        Architecture arch = new Architecture(sizes, Activation.SOFTPLUS, Activation.IDENTITY);
        StartSection start = StartSection.of(raw, arch);
        DataSection data = DataSection.of(raw, arch);
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError e : decoded.errors()) {
            String field = switch (e.field()) {
                case Fields.WEIGHTS, Fields.BIASES -> start.parametersEditable() ? Fields.PARAMETERS : e.field();
                case Fields.DATA -> data.csv().isEmpty() ? Fields.DATA : Fields.CSV;
                case Fields.STEPS, Fields.LOG_LOSS, Fields.DETAIL -> Fields.SETUP;
                default -> e.field();
            };
            errors.merge(field, e.message(), (a, b) -> a + " " + b);
        }
        return new SetupForm(PlaygroundSetup.shape(sizes), NetworkSection.of(raw), TrainingSection.of(raw.getOrDefault(Fields.TRAIN, "all")),
                SettingsSection.of(raw), start, data, errors);
    }

    // ---------------------------------------------------------------- reading a submission

    /**
     * Reads a submitted form. Every field is checked and every problem reported; a valid form gives
     * the state at step 0.
     */
    public static Submission read(PlaygroundUrl.Query query) {
        Submitted in = new Submitted(query);
        PlaygroundSetup setup = setup(in);
        if (setup != null) {
            FieldError tooLong = PlaygroundUrl.tooLong(setup);
            if (tooLong == null) return new Submission(new PlaygroundState(setup, 0, false), null);
            in.error(tooLong.field(), tooLong.message());
        }
        return new Submission(null, typed(in));
    }

    /** The setup a submission describes, or null when a field cannot be used (each such field has its error). */
    private static PlaygroundSetup setup(Submitted in) {
        NetworkSection.Read net = NetworkSection.read(in);
        int[] layers = net.layers();
        Dataset data = DataSection.read(in, layers);
        Architecture arch = layers == null || net.hidden() == null || net.output() == null ? null
                : new Architecture(layers, net.hidden(), net.output());
        Start start = StartSection.read(in, arch);
        TrainSet train = TrainingSection.read(in, arch);
        SettingsSection.Read settings = SettingsSection.read(in);
        if (!in.errors.isEmpty()) return null;
        if (!Rules.withinWork(Fields.MAX_STEPS, arch, data.size(), settings.maxSteps(), in.errors)) return null;
        return new PlaygroundSetup(layers, net.hidden(), net.output(), net.loss(), start, train, data, settings.learningRate(),
                settings.tolerance(), settings.maxSteps());
    }

    /** The form drawn again: the tables for the shape they were drawn for, every field as typed. */
    private static SetupForm typed(Submitted in) {
        Architecture arch = in.shapeArch != null ? in.shapeArch : PlaygroundSetup.DEFAULT.architecture();
        StartSection start = StartSection.typed(in, arch);
        Map<String, String> messages = new LinkedHashMap<>();
        for (FieldError e : in.errors) messages.merge(e.field(), e.message(), (a, b) -> a + " " + b);
        return new SetupForm(in.shapeArch != null ? PlaygroundSetup.shape(in.shape) : PlaygroundSetup.DEFAULT.shape(),
                NetworkSection.typed(in), TrainingSection.typed(in, start.parametersEditable()), SettingsSection.typed(in), start,
                DataSection.typed(in, arch), messages);
    }

    /** The max-steps hint: the rule, and this setup's own ceiling when the form describes a setup that runs. */
    public String maxStepsHint() {
        int[] sizes = quietLayers(network.layers());
        if (sizes == null || !errors.isEmpty() || data.rowCount() < 1) return StepCap.RULE;
        return StepCap.RULE + " " + StepCap.most(new Architecture(sizes, Activation.SOFTPLUS, Activation.IDENTITY), data.rowCount());
    }

    /** Layer sizes, or null when the text is not a valid shape; adds no error. */
    static int[] quietLayers(String text) {
        return Rules.layers("", text == null ? "" : text, new ArrayList<>());
    }
}
