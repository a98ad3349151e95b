package io.stepwise.playground;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.Loss;
import io.stepwise.engine.Network;
import io.stepwise.engine.Parameter;
import io.stepwise.input.Ranges;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The setup form as the page draws it: every field's text exactly as it will appear (as typed,
 * when the form comes back with errors), the parameter and data tables drawn for one network
 * shape, and the error message of each field that cannot be used.
 *
 * @param shape the layer sizes the parameter and data tables are drawn for (a hidden field, so
 *              that a submission knows what its tables mean)
 * @param drawnSeed the seed the parameter table's values were drawn from, "" when they were given
 * @param parameters one row per parameter; empty when the network has too many to edit one by one
 * @param weightsText the start weights as a comma list, for networks too large for the table
 * @param train "all", "weights", "biases" or "chosen"
 * @param tickedText the chosen parameters as a comma list, for networks too large for the table
 * @param columns the data table's column names: inputs, then targets
 * @param rows the data table's cells as text, blank rows included; empty when there are too many rows to edit
 * @param dataText the data in the permalink's form, carried along when the table is not shown
 * @param errors field name → message, in the order the form shows the fields
 */
public record SetupForm(String layers, String hidden, String output, String loss, String init, String seed, String drawnSeed,
                        String shape, List<ParamField> parameters, int parameterCount, String weightsText, String biasesText,
                        String train, String tickedText, String learningRate, String tolerance, String maxSteps,
                        List<String> columns, int inputColumns, List<List<String>> rows, int dataRowCount, String dataText,
                        String csv, String preset, Map<String, String> errors) {
    /** Above this many parameters the start values are edited as comma lists instead of one by one. */
    public static final int MAX_EDITABLE_PARAMETERS = 100;
    /** Above this many samples the data is replaced by pasting CSV instead of edited in the table. */
    public static final int MAX_TABLE_ROWS = 40;
    /** Empty rows under the data, to add samples. */
    public static final int BLANK_ROWS = 3;

    public SetupForm {
        parameters = List.copyOf(parameters);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        errors = java.util.Collections.unmodifiableMap(inFormOrder(errors));
    }

    /** The fields in the order the form shows them, for the error summary. */
    private static final List<String> ORDER = List.of(Fields.LAYERS, Fields.HIDDEN, Fields.OUTPUT, Fields.LOSS, Fields.TRAIN,
            Fields.LEARNING_RATE, Fields.TOLERANCE, Fields.MAX_STEPS, Fields.INIT, Fields.SEED, Fields.PARAMETERS, Fields.WEIGHTS,
            Fields.BIASES, Fields.TICKED, Fields.DATA, Fields.CSV, Fields.PRESET, Fields.SETUP, Fields.STEPS, Fields.LOG_LOSS);

    private static Map<String, String> inFormOrder(Map<String, String> errors) {
        List<String> fields = new ArrayList<>(errors.keySet());
        fields.sort(java.util.Comparator.comparingLong(SetupForm::rank));
        Map<String, String> sorted = new LinkedHashMap<>();
        for (String f : fields) sorted.put(f, errors.get(f));
        return sorted;
    }

    /** A single value sorts after its table's group message (w3 after "params", r2c1 after "data"), in table order. */
    private static long rank(String field) {
        java.util.regex.Matcher value = java.util.regex.Pattern.compile("([wb])(\\d+)").matcher(field);
        if (value.matches()) {
            return ORDER.indexOf(Fields.PARAMETERS) * 1_000_000L + (value.group(1).equals("w") ? 1 : 500_000) + Long.parseLong(value.group(2));
        }
        java.util.regex.Matcher cell = java.util.regex.Pattern.compile("r(\\d+)c(\\d+)").matcher(field);
        if (cell.matches()) return ORDER.indexOf(Fields.DATA) * 1_000_000L + 1 + Long.parseLong(cell.group(1)) * 1_000 + Long.parseLong(cell.group(2));
        int i = ORDER.indexOf(field);
        return (i < 0 ? ORDER.size() : i) * 1_000_000L;
    }

    /** One parameter's row: its name, what it connects, its start value as text, and whether it is ticked to train. */
    public record ParamField(String name, String connects, String value, boolean ticked) {}

    /** An option of a select: its value, its text, and whether it is chosen. */
    public record Option(String value, String label, boolean selected) {}

    /** An error with the id of the element it is about, for the summary's links. */
    public record Problem(String field, String target, String message) {}

    /** A submitted form: the state when every field was good, otherwise the form to draw again with its errors. */
    public record Submission(PlaygroundState state, SetupForm form) {
        public boolean ok() { return state != null; }
    }

    // ---------------------------------------------------------------- for the template

    public boolean hasErrors() { return !errors.isEmpty(); }

    public String error(String field) { return errors.get(field); }

    public boolean hasError(String field) { return errors.containsKey(field); }

    /** "true" for a field with an error, else null (the attribute is then left out). */
    public String invalid(String field) { return hasError(field) ? "true" : null; }

    /** The field's error message id when it has one, else null. */
    public String describedBy(String field) { return hasError(field) ? Fields.errorId(field) : null; }

    /** The hint's id, followed by the error message's id when there is one. */
    public String describedByHint(String field) {
        return Fields.hintId(field) + (hasError(field) ? " " + Fields.errorId(field) : "");
    }

    /** Every error, in form order, with the element its summary link should focus. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        for (Map.Entry<String, String> e : errors.entrySet()) out.add(new Problem(e.getKey(), target(e.getKey()), e.getValue()));
        return out;
    }

    private String target(String field) {
        if (field.equals(Fields.SETUP) || field.equals(Fields.STEPS) || field.equals(Fields.LOG_LOSS)) return Fields.id(Fields.SETUP);
        if (field.equals(Fields.DATA)) return rows.isEmpty() ? Fields.id(Fields.CSV) : Fields.id(Fields.cell(1, 1));
        if (field.equals(Fields.PARAMETERS) || field.equals(Fields.WEIGHTS) || field.equals(Fields.BIASES)) {
            return parameters.isEmpty() ? Fields.id(Fields.WEIGHTS) : Fields.id(parameters.get(0).name());
        }
        if (field.equals(Fields.INIT)) return Fields.id(Fields.INIT + "-" + (init.equals(Fields.INIT_GIVEN) ? Fields.INIT_GIVEN : Fields.INIT_SEED));
        if (field.equals(Fields.TICKED)) return parameters.isEmpty() ? Fields.id(Fields.TICKED) : Fields.id(Fields.TICKED + "-" + parameters.get(0).name());
        return Fields.id(field);
    }

    /** The data-table errors, which are listed under the table. */
    public List<Problem> dataProblems() {
        return problems().stream().filter(p -> p.field().equals(Fields.DATA) || p.field().matches("r\\d+c\\d+")).toList();
    }

    /** The parameter-table errors of single values, which are listed under the table. */
    public List<Problem> parameterProblems() {
        return problems().stream().filter(p -> p.field().matches("[wb]\\d+")).toList();
    }

    /** An example for the empty CSV box, with this table's columns: "x1,x2,y" then a row. */
    public String csvPlaceholder() {
        List<String> row = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) row.add(c < inputColumns ? Numbers.compact((c + 1) * 0.25) : Integer.toString(c % 2));
        return String.join(",", columns) + "\n" + String.join(",", row);
    }

    public boolean parametersEditable() { return !parameters.isEmpty(); }

    public boolean tableEditable() { return !rows.isEmpty(); }

    public boolean seeded() { return !init.equals(Fields.INIT_GIVEN); }

    public boolean trainChosen() { return train.equals(Fields.TRAIN_CHOSEN); }

    public static String cell(int row, int column) { return Fields.cell(row + 1, column + 1); }

    public List<Option> hiddenOptions() { return activations(hidden); }

    public List<Option> outputOptions() { return activations(output); }

    public List<Option> lossOptions() {
        return Arrays.stream(Loss.values()).map(l -> new Option(l.id(), Playground.lossName(l) + ": " + l.description(), l.id().equals(loss))).toList();
    }

    public List<Option> trainOptions() {
        return List.of(new Option("all", "all parameters", train.equals("all")),
                new Option("weights", "weights only", train.equals("weights")),
                new Option("biases", "biases only", train.equals("biases")),
                new Option(Fields.TRAIN_CHOSEN, "only the ticked parameters", train.equals(Fields.TRAIN_CHOSEN)));
    }

    public List<Option> presetOptions() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "none: use the table or the CSV", preset.isEmpty()));
        for (Presets.Preset p : Presets.ALL) options.add(new Option(p.id(), p.title(), p.id().equals(preset)));
        return options;
    }

    private static List<Option> activations(String chosen) {
        return Arrays.stream(Activation.values()).map(a -> new Option(a.id(), a.id(), a.id().equals(chosen))).toList();
    }

    // ---------------------------------------------------------------- building

    /** The form for a state that works: every field shows the state's values, with no errors. */
    public static SetupForm of(PlaygroundState state) {
        PlaygroundSetup s = state.setup();
        Architecture arch = s.architecture();
        Network start = s.startNetwork();
        boolean seeded = s.start() instanceof Start.Seeded;
        String seed = seeded ? Long.toString(((Start.Seeded) s.start()).seed()) : "1";
        java.util.Set<Integer> trained = new java.util.HashSet<>();
        for (int i : s.trained()) trained.add(i);
        double[] values = start.parameters();
        List<ParamField> parameters = new ArrayList<>();
        if (arch.parameterCount() <= MAX_EDITABLE_PARAMETERS) {
            for (int i = 0; i < values.length; i++) {
                Parameter p = Parameter.ofFlatIndex(arch, i);
                parameters.add(new ParamField(p.name(), Playground.connects(arch, p), Numbers.compact(values[i]), trained.contains(i)));
            }
        }
        String train = s.train().kind() == TrainSet.Kind.CHOSEN ? Fields.TRAIN_CHOSEN : s.train().encode();
        Dataset data = s.data();
        List<List<String>> rows = new ArrayList<>();
        if (data.size() <= MAX_TABLE_ROWS) {
            for (int r = 0; r < data.size(); r++) {
                List<String> row = new ArrayList<>();
                for (double v : data.inputs()[r]) row.add(Numbers.compact(v));
                for (double v : data.targets()[r]) row.add(Numbers.compact(v));
                rows.add(row);
            }
            addBlankRows(rows, arch.inputCount() + arch.outputCount());
        }
        return new SetupForm(s.shape(), s.hidden().id(), s.output().id(), s.loss().id(),
                seeded ? Fields.INIT_SEED : Fields.INIT_GIVEN, seed, seeded ? seed : "", s.shape(), parameters, values.length,
                PlaygroundUrl.list(start.weights()), PlaygroundUrl.list(start.biases()), train,
                s.train().kind() == TrainSet.Kind.CHOSEN ? s.train().encode() : "",
                Numbers.compact(s.learningRate()), Numbers.compact(s.tolerance()), Integer.toString(s.maxSteps()),
                Columns.names(arch.inputCount(), arch.outputCount()), arch.inputCount(), rows, data.size(),
                rows.isEmpty() ? PlaygroundUrl.rows(data) : "", "", "", Map.of());
    }

    /**
     * The form for a permalink that could not be used: the fields show what the link said, so that
     * the mistakes can be seen and fixed, each next to its message.
     */
    public static SetupForm of(PlaygroundUrl.Decoded decoded) {
        Map<String, String> raw = decoded.raw();
        PlaygroundSetup d = PlaygroundSetup.DEFAULT;
        int[] sizes = quietLayers(raw.getOrDefault(Fields.LAYERS, d.shape()));
        if (sizes == null) sizes = d.layers();
        Architecture arch = new Architecture(sizes, Activation.SOFTPLUS, Activation.IDENTITY);
        boolean given = raw.containsKey(Fields.WEIGHTS) || raw.containsKey(Fields.BIASES);
        String seed = raw.getOrDefault(Fields.SEED, "1");
        Long seedValue = seed.matches("\\d{1,9}") ? Long.parseLong(seed) : null;

        String[] values = new String[arch.parameterCount()];
        Arrays.fill(values, "");
        if (given) {
            String[] w = raw.getOrDefault(Fields.WEIGHTS, "").split(",", -1);
            String[] b = raw.getOrDefault(Fields.BIASES, "").split(",", -1);
            for (int i = 0; i < Math.min(w.length, arch.weightCount()); i++) values[i] = w[i].strip();
            for (int i = 0; i < Math.min(b.length, arch.biasCount()); i++) values[arch.weightCount() + i] = b[i].strip();
        } else if (!raw.containsKey(Fields.LAYERS) && !raw.containsKey(Fields.SEED)) {
            double[] v = d.startNetwork().parameters();
            if (v.length == values.length) for (int i = 0; i < v.length; i++) values[i] = Numbers.compact(v[i]);
        } else if (seedValue != null) {
            double[] v = new Start.Seeded(seedValue).network(arch).parameters();
            for (int i = 0; i < v.length; i++) values[i] = Numbers.compact(v[i]);
        }
        boolean initGiven = given || (!raw.containsKey(Fields.LAYERS) && !raw.containsKey(Fields.SEED));

        String trainRaw = raw.getOrDefault(Fields.TRAIN, "all");
        boolean kindWord = trainRaw.equals("all") || trainRaw.equals("weights") || trainRaw.equals("biases");
        java.util.Set<String> ticked = new java.util.HashSet<>();
        if (!kindWord) for (String n : trainRaw.split(",")) ticked.add(n.strip());
        List<ParamField> parameters = new ArrayList<>();
        if (arch.parameterCount() <= MAX_EDITABLE_PARAMETERS) {
            for (int i = 0; i < values.length; i++) {
                Parameter p = Parameter.ofFlatIndex(arch, i);
                boolean tick = kindWord ? trainRaw.equals("all") || (trainRaw.equals("weights") == p.isWeight())
                        : ticked.contains(p.name());
                parameters.add(new ParamField(p.name(), Playground.connects(arch, p), values[i], tick));
            }
        }

        int inputs = arch.inputCount();
        int width = inputs + arch.outputCount();
        List<List<String>> rows = new ArrayList<>();
        String csv = "";
        String dataRaw = raw.get(Fields.DATA);
        int dataRows = 0;
        if (dataRaw == null) {
            Dataset data = PlaygroundUrl.defaultData(arch);
            if (data != null) {
                dataRaw = PlaygroundUrl.rows(data);
            }
        }
        if (dataRaw != null) {
            String[] lines = dataRaw.split(";", -1);
            dataRows = lines.length;
            boolean fits = lines.length <= MAX_TABLE_ROWS && Arrays.stream(lines).allMatch(l -> l.split(",", -1).length == width);
            if (fits) {
                for (String line : lines) rows.add(Arrays.stream(line.split(",", -1)).map(String::strip).toList());
            } else {
                csv = String.join("\n", lines);
            }
        }
        if (csv.isEmpty()) addBlankRows(rows, width);

        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError e : decoded.errors()) {
            String field = switch (e.field()) {
                case Fields.WEIGHTS, Fields.BIASES -> arch.parameterCount() <= MAX_EDITABLE_PARAMETERS ? Fields.PARAMETERS : e.field();
                case Fields.DATA -> csv.isEmpty() ? Fields.DATA : Fields.CSV;
                case Fields.STEPS, Fields.LOG_LOSS -> Fields.SETUP;
                default -> e.field();
            };
            errors.merge(field, e.message(), (a, b) -> a + " " + b);
        }
        return new SetupForm(raw.getOrDefault(Fields.LAYERS, d.shape()), raw.getOrDefault(Fields.HIDDEN, d.hidden().id()),
                raw.getOrDefault(Fields.OUTPUT, d.output().id()), raw.getOrDefault(Fields.LOSS, d.loss().id()),
                initGiven ? Fields.INIT_GIVEN : Fields.INIT_SEED, seed, !initGiven && seedValue != null ? seed : "",
                PlaygroundSetup.shape(sizes), parameters, arch.parameterCount(), raw.getOrDefault(Fields.WEIGHTS, ""),
                raw.getOrDefault(Fields.BIASES, ""), kindWord ? trainRaw : Fields.TRAIN_CHOSEN, kindWord ? "" : trainRaw,
                raw.getOrDefault(Fields.LEARNING_RATE, Numbers.compact(d.learningRate())),
                raw.getOrDefault(Fields.TOLERANCE, Numbers.compact(d.tolerance())),
                raw.getOrDefault(Fields.MAX_STEPS, Integer.toString(d.maxSteps())),
                Columns.names(inputs, arch.outputCount()), inputs, csv.isEmpty() ? rows : List.of(), dataRows, "", csv, "", errors);
    }

    // ---------------------------------------------------------------- reading a submission

    /**
     * Reads a submitted form. Every field is checked and every problem reported; a valid form gives
     * the state at step 0. Where the data comes from: a preset when one is chosen, else the pasted
     * CSV when the box is not empty, else the table. A preset sets the input and output layer sizes
     * to its own.
     */
    public static Submission read(PlaygroundUrl.Query in) {
        Reader r = new Reader(in);
        PlaygroundSetup setup = r.setup();
        if (setup != null) {
            PlaygroundState state = new PlaygroundState(setup, 0, false);
            int length = PlaygroundUrl.query(state).length();
            if (length <= PlaygroundUrl.MAX_QUERY_LENGTH) return new Submission(state, null);
            r.errors.add(new FieldError(Fields.SETUP, "This setup is too big for a link: its permalink would be about "
                    + String.format(java.util.Locale.ROOT, "%,d", length) + " characters, and links are kept under "
                    + String.format(java.util.Locale.ROOT, "%,d", PlaygroundUrl.MAX_LENGTH) + " so that they work everywhere. "
                    + "Use random start values (a seed) instead of typed ones, fewer data rows, or numbers with fewer digits."));
        }
        return new Submission(null, r.form());
    }

    /** Reads and checks a submission field by field, remembering the raw text for drawing the form again. */
    private static final class Reader {
        final PlaygroundUrl.Query in;
        final List<FieldError> errors = new ArrayList<>();
        final int[] shape;
        final Architecture shapeArch;

        Reader(PlaygroundUrl.Query in) {
            this.in = in;
            this.shape = quietLayers(text(Fields.SHAPE));
            this.shapeArch = shape == null ? null : new Architecture(shape, Activation.SOFTPLUS, Activation.IDENTITY);
        }

        String text(String name) {
            List<String> values = in.values(name);
            if (values == null || values.isEmpty() || values.get(0) == null) return "";
            // Never cut: each field's own check refuses text that is too long, with a message.
            return values.get(0);
        }

        List<String> all(String name) {
            List<String> values = in.values(name);
            return values == null ? List.of() : values;
        }

        PlaygroundSetup setup() {
            String layersText = text(Fields.LAYERS);
            int[] layers = null;
            if (layersText.isBlank()) errors.add(new FieldError(Fields.LAYERS, "Give the layer sizes, such as 2-3-1."));
            else layers = Rules.layers(Fields.LAYERS, layersText, errors);
            Activation hidden = Rules.activation(Fields.HIDDEN, "Hidden activation", text(Fields.HIDDEN), errors);
            Activation output = Rules.activation(Fields.OUTPUT, "Output activation", text(Fields.OUTPUT), errors);
            Loss loss = Rules.loss(Fields.LOSS, text(Fields.LOSS), errors);

            Dataset data = null;
            String presetId = text(Fields.PRESET).strip();
            String csv = text(Fields.CSV);
            if (!presetId.isEmpty()) {
                Presets.Preset preset = Presets.byId(presetId);
                if (preset == null) {
                    errors.add(new FieldError(Fields.PRESET, "There is no preset “" + Numbers.shorten(presetId) + "”; choose one from the list."));
                } else if (!csv.isBlank()) {
                    errors.add(new FieldError(Fields.CSV, "Choose either a preset or pasted CSV, not both: empty this box, or set the preset to “none”."));
                } else {
                    data = preset.data();
                    if (layers != null) {
                        layers[0] = preset.inputs();
                        layers[layers.length - 1] = preset.outputs();
                    }
                }
            } else if (!csv.isBlank()) {
                if (layers == null) {
                    errors.add(new FieldError(Fields.CSV, "Fix the layer sizes first: they say how many values of each line are inputs and how many are targets."));
                } else {
                    CsvData.Parsed parsed = CsvData.parse(csv, layers[0], layers[layers.length - 1]);
                    if (parsed.ok()) data = parsed.data();
                    else errors.add(new FieldError(Fields.CSV, String.join(" ", parsed.problems())));
                }
            } else {
                data = table(layers);
            }

            Architecture arch = layers == null || hidden == null || output == null ? null : new Architecture(layers, hidden, output);
            Start start = start(arch);
            TrainSet train = train(arch);
            Double lr = Rules.number(Fields.LEARNING_RATE, Ranges.LEARNING_RATE, text(Fields.LEARNING_RATE), errors);
            Double tol = Rules.number(Fields.TOLERANCE, Ranges.TOLERANCE, text(Fields.TOLERANCE), errors);
            Integer max = Rules.count(Fields.MAX_STEPS, Ranges.MAX_STEPS, text(Fields.MAX_STEPS), errors);
            if (!errors.isEmpty()) return null;
            if (!Rules.withinWork(Fields.MAX_STEPS, arch, data.size(), max, errors)) return null;
            return new PlaygroundSetup(layers, hidden, output, loss, start, train, data, lr, tol, max);
        }

        /** The data table's rows, when it was drawn for the same inputs and targets as the network now has. */
        private Dataset table(int[] layers) {
            int rowCount = quietCount(text(Fields.TABLE_ROWS));
            boolean hasTable = shapeArch != null && rowCount > 0;
            if (!hasTable) {
                String compact = text(Fields.DATA);
                if (compact.isBlank() || shapeArch == null) {
                    errors.add(new FieldError(Fields.DATA, "There is no data: fill in the table, paste CSV, or choose a preset."));
                    return null;
                }
                if (layers == null || !sameEnds(layers)) {
                    if (layers != null) errors.add(new FieldError(Fields.DATA, shapeMismatch(layers)));
                    return null;
                }
                return Rules.data(Fields.DATA, compact, layers[0], layers[layers.length - 1], errors);
            }
            if (layers != null && !sameEnds(layers)) {
                errors.add(new FieldError(Fields.DATA, shapeMismatch(layers)));
                return null;
            }
            int inputs = shapeArch.inputCount();
            int width = inputs + shapeArch.outputCount();
            List<String> names = Columns.names(inputs, shapeArch.outputCount());
            List<double[]> rows = new ArrayList<>();
            boolean bad = false;
            for (int r = 1; r <= Math.min(rowCount, MAX_TABLE_ROWS + BLANK_ROWS); r++) {
                String[] cells = new String[width];
                boolean blank = true;
                for (int c = 1; c <= width; c++) {
                    cells[c - 1] = text(Fields.cell(r, c));
                    if (!cells[c - 1].isBlank()) blank = false;
                }
                if (blank) continue;
                double[] row = new double[width];
                for (int c = 1; c <= width; c++) {
                    Numbers.Read read = Numbers.read(cells[c - 1]);
                    if (read.ok()) {
                        row[c - 1] = read.value();
                    } else {
                        errors.add(new FieldError(Fields.cell(r, c), "Row " + r + ", " + names.get(c - 1) + " " + read.problem() + "."));
                        bad = true;
                    }
                }
                rows.add(row);
            }
            if (bad) return null;
            if (rows.isEmpty()) {
                errors.add(new FieldError(Fields.DATA, "The table has no rows: fill in at least one, paste CSV, or choose a preset."));
                return null;
            }
            return CsvData.dataset(rows, inputs);
        }

        private boolean sameEnds(int[] layers) {
            return layers[0] == shape[0] && layers[layers.length - 1] == shape[shape.length - 1];
        }

        private String shapeMismatch(int[] layers) {
            return "The table has columns for " + CsvData.count(shape[0], "input") + " and " + CsvData.count(shape[shape.length - 1], "target")
                    + ", but the " + PlaygroundSetup.shape(layers) + " network needs " + CsvData.count(layers[0], "input") + " and "
                    + CsvData.count(layers[layers.length - 1], "target") + ". Paste the data as CSV or choose a preset, "
                    + "or change the layer sizes back.";
        }

        private Start start(Architecture arch) {
            String init = text(Fields.INIT);
            if (init.equals(Fields.INIT_SEED)) {
                String seedText = text(Fields.SEED);
                Long seed = seedText.isBlank() ? null : Rules.seed(Fields.SEED, seedText, errors);
                if (seedText.isBlank()) errors.add(new FieldError(Fields.SEED, "Give a seed: a whole number such as 7."));
                if (editedSeededValues(arch)) {
                    errors.add(new FieldError(Fields.INIT, "You changed start values in the table, but “random values from the seed” is chosen. "
                            + "Choose “the values in the table” to use your values."));
                    return null;
                }
                return seed == null ? null : new Start.Seeded(seed);
            }
            if (!init.equals(Fields.INIT_GIVEN)) {
                errors.add(new FieldError(Fields.INIT, "Choose where the start values come from: random values from a seed, or the values in the table."));
                return null;
            }
            if (arch == null) return null;
            if (shape == null || !Arrays.equals(shape, arch.sizes())) {
                String from = shape == null ? "another network" : "the " + PlaygroundSetup.shape(shape) + " network";
                errors.add(new FieldError(Fields.PARAMETERS, "The table holds start values for " + from + ", but the "
                        + PlaygroundSetup.shape(arch.sizes()) + " network has " + CsvData.count(arch.weightCount(), "weight") + " and "
                        + Rules.biases(arch.biasCount()) + ". Choose “random values from the seed” to draw "
                        + "them (they then appear in the table, to edit), or change the layer sizes back."));
                return null;
            }
            if (in.values(Fields.WEIGHTS) != null && !in.values(Fields.WEIGHTS).isEmpty() && in.values("w1").isEmpty()) {
                double[] w = Rules.values(Fields.WEIGHTS, "w", "weights", text(Fields.WEIGHTS), arch, arch.weightCount(), errors);
                double[] b = Rules.values(Fields.BIASES, "b", "biases", text(Fields.BIASES), arch, arch.biasCount(), errors);
                return w == null || b == null ? null : new Start.Given(w, b);
            }
            double[] values = new double[arch.parameterCount()];
            boolean bad = false;
            for (int i = 0; i < values.length; i++) {
                String name = Parameter.ofFlatIndex(arch, i).name();
                Numbers.Read read = Numbers.read(text(name));
                if (read.ok()) {
                    values[i] = read.value();
                } else {
                    errors.add(new FieldError(name, name + " " + read.problem() + "."));
                    bad = true;
                }
            }
            if (bad) return null;
            return new Start.Given(Arrays.copyOf(values, arch.weightCount()), Arrays.copyOfRange(values, arch.weightCount(), values.length));
        }

        /** True when the table was drawn from a seed, for this shape, and a value in it was changed since. */
        private boolean editedSeededValues(Architecture arch) {
            String drawn = text(Fields.DRAWN_SEED);
            if (shapeArch == null || !drawn.matches("\\d{1,9}") || in.values("w1").isEmpty()) return false;
            if (arch != null && !Arrays.equals(shape, arch.sizes())) return false;
            double[] expected = new Start.Seeded(Long.parseLong(drawn)).network(shapeArch).parameters();
            for (int i = 0; i < expected.length; i++) {
                Numbers.Read read = Numbers.read(text(Parameter.ofFlatIndex(shapeArch, i).name()));
                if (!read.ok() || read.value() != expected[i]) return true;
            }
            return false;
        }

        private TrainSet train(Architecture arch) {
            String train = text(Fields.TRAIN);
            switch (train) {
                case "all": return TrainSet.ALL;
                case "weights": return TrainSet.WEIGHTS;
                case "biases": return TrainSet.BIASES;
                case Fields.TRAIN_CHOSEN: break;
                default:
                    errors.add(new FieldError(Fields.TRAIN, "Choose which parameters train: all, weights only, biases only, or the ticked ones."));
                    return null;
            }
            if (arch == null) return null;
            if (shape != null && !Arrays.equals(shape, arch.sizes()) && !in.values("w1").isEmpty()) {
                errors.add(new FieldError(Fields.TICKED, "The ticks are for the parameters of the " + PlaygroundSetup.shape(shape)
                        + " network, not the " + PlaygroundSetup.shape(arch.sizes()) + " network. Apply the new layer sizes with “all "
                        + "parameters” first, then tick the ones to train."));
                return null;
            }
            List<String> names = new ArrayList<>();
            for (String v : all(Fields.TICKED)) {
                for (String n : v.split(",")) if (!n.isBlank()) names.add(n.strip());
            }
            if (names.isEmpty()) {
                errors.add(new FieldError(Fields.TICKED, "Tick at least one parameter to train, or choose all, weights only or biases only."));
                return null;
            }
            return Rules.chosen(Fields.TICKED, names, arch, errors);
        }

        /** The form drawn again: the tables for the shape they were drawn for, every field as typed. */
        SetupForm form() {
            Architecture arch = shapeArch != null ? shapeArch : PlaygroundSetup.DEFAULT.architecture();
            java.util.Set<String> ticked = new java.util.HashSet<>();
            for (String v : all(Fields.TICKED)) for (String n : v.split(",")) ticked.add(n.strip());
            List<ParamField> parameters = new ArrayList<>();
            if (shapeArch != null && !in.values("w1").isEmpty()) {
                for (int i = 0; i < arch.parameterCount(); i++) {
                    Parameter p = Parameter.ofFlatIndex(arch, i);
                    parameters.add(new ParamField(p.name(), Playground.connects(arch, p), text(p.name()), ticked.contains(p.name())));
                }
            }
            int width = arch.inputCount() + arch.outputCount();
            int rowCount = Math.min(quietCount(text(Fields.TABLE_ROWS)), MAX_TABLE_ROWS + BLANK_ROWS);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= rowCount; r++) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= width; c++) row.add(text(Fields.cell(r, c)));
                rows.add(row);
            }
            Map<String, String> messages = new LinkedHashMap<>();
            for (FieldError e : errors) messages.merge(e.field(), e.message(), (a, b) -> a + " " + b);
            return new SetupForm(text(Fields.LAYERS), text(Fields.HIDDEN), text(Fields.OUTPUT), text(Fields.LOSS),
                    text(Fields.INIT).equals(Fields.INIT_GIVEN) ? Fields.INIT_GIVEN : Fields.INIT_SEED, text(Fields.SEED),
                    text(Fields.DRAWN_SEED), shapeArch != null ? PlaygroundSetup.shape(shape) : PlaygroundSetup.DEFAULT.shape(),
                    parameters, arch.parameterCount(), text(Fields.WEIGHTS), text(Fields.BIASES), text(Fields.TRAIN),
                    parameters.isEmpty() ? String.join(",", all(Fields.TICKED)) : "", text(Fields.LEARNING_RATE),
                    text(Fields.TOLERANCE), text(Fields.MAX_STEPS), Columns.names(arch.inputCount(), arch.outputCount()),
                    arch.inputCount(), rows, rows.isEmpty() ? countRows(text(Fields.DATA)) : rowCount, text(Fields.DATA), text(Fields.CSV), text(Fields.PRESET), messages);
        }
    }

    /** Number of table rows in the hidden field; 0 when absent or not a small whole number. */
    private static int quietCount(String text) {
        return text.strip().matches("\\d{1,4}") ? Integer.parseInt(text.strip()) : 0;
    }

    private static int countRows(String compact) {
        return compact.isBlank() ? 0 : compact.split(";", -1).length;
    }

    /** Layer sizes, or null when the text is not a valid shape; adds no error. */
    static int[] quietLayers(String text) {
        return Rules.layers("", text == null ? "" : text, new ArrayList<>());
    }

    private static void addBlankRows(List<List<String>> rows, int width) {
        for (int r = 0; r < BLANK_ROWS; r++) rows.add(java.util.Collections.nCopies(width, ""));
    }
}
