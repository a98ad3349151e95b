package io.stepwise.playground;

import io.stepwise.engine.Architecture;
import io.stepwise.engine.Dataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The setup form's data section as shown: the table (drawn for one network's inputs and targets),
 * or for data too long to edit its permalink form carried along, and the CSV box and preset.
 *
 * @param columns the table's column names: inputs, then targets
 * @param rows the table's cells as text, blank rows included; empty when there are too many rows to edit
 * @param rowCount the number of samples
 * @param dataText the data in the permalink's form, carried along when the table is not shown
 */
public record DataSection(List<String> columns, int inputColumns, List<List<String>> rows, int rowCount, String dataText,
                          String csv, String preset) {
    /** Above this many samples the data is replaced by pasting CSV instead of edited in the table. */
    public static final int MAX_TABLE_ROWS = 40;
    /** Empty rows under the data, to add samples. */
    public static final int BLANK_ROWS = 3;
    /** Nor is a table of more cells than this edited (blank rows included): wide data goes in the CSV box. */
    public static final int MAX_TABLE_CELLS = 240;

    public DataSection {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public boolean tableEditable() { return !rows.isEmpty(); }

    /** The field name of a table cell, counted from 0. */
    public static String cell(int row, int column) { return Fields.cell(row + 1, column + 1); }

    /** An example for the empty CSV box, with this table's columns: "x1,x2,y" then a row. */
    public String csvPlaceholder() {
        List<String> row = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) row.add(c < inputColumns ? Numbers.compact((c + 1) * 0.25) : Integer.toString(c % 2));
        return String.join(",", columns) + "\n" + String.join(",", row);
    }

    public List<SetupForm.Option> presetOptions() {
        List<SetupForm.Option> options = new ArrayList<>();
        options.add(new SetupForm.Option("", "none: use the table or the CSV", preset.isEmpty()));
        for (Presets.Preset p : Presets.ALL) options.add(new SetupForm.Option(p.id(), p.title(), p.id().equals(preset)));
        return options;
    }

    static DataSection of(Architecture arch, Dataset data) {
        List<List<String>> rows = new ArrayList<>();
        if (fits(data.size(), arch.inputCount() + arch.outputCount())) {
            double[][] inputs = data.inputs(), targets = data.targets(); // copies: once, not once a row
            for (int r = 0; r < data.size(); r++) {
                List<String> row = new ArrayList<>();
                for (double v : inputs[r]) row.add(Numbers.compact(v));
                for (double v : targets[r]) row.add(Numbers.compact(v));
                rows.add(row);
            }
            addBlankRows(rows, arch.inputCount() + arch.outputCount());
        }
        return new DataSection(Columns.names(arch.inputCount(), arch.outputCount()), arch.inputCount(), rows, data.size(),
                rows.isEmpty() ? PlaygroundUrl.rows(data) : "", "", "");
    }

    /** Whether this many samples of this many columns are edited in the table. */
    static boolean fits(int samples, int width) {
        return samples <= MAX_TABLE_ROWS && (samples + BLANK_ROWS) * width <= MAX_TABLE_CELLS;
    }

    /** As a permalink gave it (or the default data of the network it names): in the table when it fits, else in the CSV box. */
    static DataSection of(Map<String, String> raw, Architecture arch) {
        int inputs = arch.inputCount();
        int width = inputs + arch.outputCount();
        List<List<String>> rows = new ArrayList<>();
        String csv = "";
        String dataRaw = raw.get(Fields.DATA);
        int dataRows = 0;
        if (dataRaw == null) {
            Dataset data = PlaygroundUrl.defaultData(arch);
            if (data != null) dataRaw = PlaygroundUrl.rows(data);
        }
        if (dataRaw != null) {
            String[] lines = dataRaw.split(";", -1);
            dataRows = lines.length;
            boolean fits = fits(lines.length, width) && Arrays.stream(lines).allMatch(l -> l.split(",", -1).length == width);
            if (fits) {
                for (String line : lines) rows.add(Arrays.stream(line.split(",", -1)).map(String::strip).toList());
            } else {
                csv = String.join("\n", lines);
            }
        }
        if (csv.isEmpty()) addBlankRows(rows, width);
        return new DataSection(Columns.names(inputs, arch.outputCount()), inputs, csv.isEmpty() ? rows : List.of(), dataRows, "", csv, "");
    }

    /** As typed, in the table drawn for arch. */
    static DataSection typed(Submitted in, Architecture arch) {
        int width = arch.inputCount() + arch.outputCount();
        int tableRows = Math.min(quietCount(in.text(Fields.TABLE_ROWS)), Math.min(MAX_TABLE_ROWS + BLANK_ROWS, MAX_TABLE_CELLS / width));
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r <= tableRows; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 1; c <= width; c++) row.add(in.text(Fields.cell(r, c)));
            rows.add(row);
        }
        return new DataSection(Columns.names(arch.inputCount(), arch.outputCount()), arch.inputCount(), rows,
                rows.isEmpty() ? countRows(in.text(Fields.DATA)) : tableRows, in.text(Fields.DATA), in.text(Fields.CSV), in.text(Fields.PRESET));
    }

    /**
     * The data, or null (with an error) when it cannot be used: a preset when one is chosen, else
     * the pasted CSV when the box is not empty, else the table. A preset sets the input and output
     * sizes of layers (when they could be read) to its own.
     */
    static Dataset read(Submitted in, int[] layers) {
        String presetId = in.text(Fields.PRESET).strip();
        String csv = in.text(Fields.CSV);
        if (!presetId.isEmpty()) {
            Presets.Preset preset = Presets.byId(presetId);
            if (preset == null) {
                in.error(Fields.PRESET, "There is no preset “" + Numbers.shorten(presetId) + "”; choose one from the list.");
            } else if (!csv.isBlank()) {
                in.error(Fields.CSV, "Choose either a preset or pasted CSV, not both: empty this box, or set the preset to “none”.");
            } else {
                if (layers != null) {
                    in.presetResized |= layers[0] != preset.inputs() || layers[layers.length - 1] != preset.outputs();
                    layers[0] = preset.inputs();
                    layers[layers.length - 1] = preset.outputs();
                }
                return preset.data();
            }
            return null;
        }
        if (!csv.isBlank()) {
            if (layers == null) {
                in.error(Fields.CSV, "Fix the layer sizes first: they say how many values of each line are inputs and how many are targets.");
                return null;
            }
            CsvData.Parsed parsed = CsvData.parse(csv, layers[0], layers[layers.length - 1]);
            if (parsed.ok()) return parsed.data();
            in.error(Fields.CSV, String.join(" ", parsed.problems()));
            return null;
        }
        return table(in, layers);
    }

    /** The table's rows, when it was drawn for the same inputs and targets as the network now has. */
    private static Dataset table(Submitted in, int[] layers) {
        int rowCount = quietCount(in.text(Fields.TABLE_ROWS));
        Architecture drawn = in.shapeArch;
        if (drawn == null || rowCount <= 0) {
            String compact = in.text(Fields.DATA);
            if (compact.isBlank() || drawn == null) {
                in.error(Fields.DATA, "There is no data: fill in the table, paste CSV, or choose a preset.");
                return null;
            }
            if (layers == null || !sameEnds(in.shape, layers)) {
                if (layers != null) in.error(Fields.DATA, shapeMismatch(in.shape, layers));
                return null;
            }
            return Rules.data(Fields.DATA, compact, layers[0], layers[layers.length - 1], in.errors);
        }
        if (layers != null && !sameEnds(in.shape, layers)) {
            in.error(Fields.DATA, shapeMismatch(in.shape, layers));
            return null;
        }
        int inputs = drawn.inputCount();
        int width = inputs + drawn.outputCount();
        List<String> names = Columns.names(inputs, drawn.outputCount());
        List<double[]> rows = new ArrayList<>();
        boolean bad = false;
        for (int r = 1; r <= Math.min(rowCount, MAX_TABLE_ROWS + BLANK_ROWS); r++) {
            String[] cells = new String[width];
            boolean blank = true;
            for (int c = 1; c <= width; c++) {
                cells[c - 1] = in.text(Fields.cell(r, c));
                if (!cells[c - 1].isBlank()) blank = false;
            }
            if (blank) continue;
            double[] row = new double[width];
            for (int c = 1; c <= width; c++) {
                Numbers.Read read = Numbers.read(cells[c - 1]);
                if (read.ok()) {
                    row[c - 1] = read.value();
                } else {
                    in.error(Fields.cell(r, c), "Row " + r + ", " + names.get(c - 1) + " " + read.problem() + ".");
                    bad = true;
                }
            }
            rows.add(row);
        }
        if (bad) return null;
        if (rows.isEmpty()) {
            in.error(Fields.DATA, "The table has no rows: fill in at least one, paste CSV, or choose a preset.");
            return null;
        }
        return CsvData.dataset(rows, inputs);
    }

    private static boolean sameEnds(int[] shape, int[] layers) {
        return layers[0] == shape[0] && layers[layers.length - 1] == shape[shape.length - 1];
    }

    private static String shapeMismatch(int[] shape, int[] layers) {
        return "The table has columns for " + CsvData.count(shape[0], "input") + " and " + CsvData.count(shape[shape.length - 1], "target")
                + ", but the " + PlaygroundSetup.shape(layers) + " network needs " + CsvData.count(layers[0], "input") + " and "
                + CsvData.count(layers[layers.length - 1], "target") + ". Paste the data as CSV or choose a preset, "
                + "or change the layer sizes back.";
    }

    /** Number of table rows in the hidden field; 0 when absent or not a small whole number. */
    private static int quietCount(String text) {
        return text.strip().matches("\\d{1,4}") ? Integer.parseInt(text.strip()) : 0;
    }

    private static int countRows(String compact) {
        return compact.isBlank() ? 0 : compact.split(";", -1).length;
    }

    private static void addBlankRows(List<List<String>> rows, int width) {
        for (int r = 0; r < BLANK_ROWS; r++) rows.add(Collections.nCopies(width, ""));
    }
}
