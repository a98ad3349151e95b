package io.stepwise.playground;

import io.stepwise.engine.Dataset;
import io.stepwise.engine.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * Data as pasted CSV: one sample per line, its inputs then its targets. Values are separated by
 * commas (or tabs, as spreadsheets copy them); blank lines are skipped; the first line may be a
 * header, recognised by a value that is not a number. Every problem names its line.
 */
public final class CsvData {
    /** Problems listed one by one before the rest are counted. */
    static final int MAX_LISTED_PROBLEMS = 5;
    /** Pasted text longer than this is refused before it is read. */
    public static final int MAX_CHARACTERS = 200_000;

    private CsvData() {}

    /**
     * What was read: the data when every line was good, otherwise null and the problems.
     *
     * @param header the header line's cells, or an empty list when there was none
     */
    public record Parsed(Dataset data, List<String> problems, List<String> header) {
        public boolean ok() { return problems.isEmpty(); }
    }

    /** Reads rows of {@code inputs} input values followed by {@code outputs} targets. */
    public static Parsed parse(String text, int inputs, int outputs) {
        int width = inputs + outputs;
        List<String> problems = new ArrayList<>();
        if (text == null || text.isBlank()) return new Parsed(null, List.of("The CSV is empty: paste rows such as " + example(inputs, outputs) + "."), List.of());
        if (text.length() > MAX_CHARACTERS) {
            return new Parsed(null, List.of("The CSV is too long (" + text.length() + " characters; at most " + MAX_CHARACTERS + ")."), List.of());
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<double[]> rows = new ArrayList<>();
        List<String> header = List.of();
        int unlisted = 0;
        boolean first = true;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank()) continue;
            int lineNumber = n + 1;
            List<String> cells = cells(line);
            boolean isFirst = first;
            first = false;
            if (isFirst && looksLikeHeader(cells)) {
                header = cells;
                if (cells.size() != width) {
                    problems.add("Line " + lineNumber + " reads as a header with " + count(cells.size(), "column") + "; this network needs "
                            + columns(inputs, outputs) + ".");
                }
                continue;
            }
            String problem = null;
            double[] row = new double[width];
            if (cells.size() != width) {
                problem = "Line " + lineNumber + " has " + count(cells.size(), "value") + "; this network needs " + columns(inputs, outputs) + ".";
            } else {
                for (int c = 0; c < width && problem == null; c++) {
                    Numbers.Read read = Numbers.read(cells.get(c));
                    if (!read.ok()) problem = "Line " + lineNumber + ", " + columnName(c, inputs, outputs) + " " + read.problem() + ".";
                    else row[c] = read.value();
                }
            }
            if (problem != null) {
                if (problems.size() < MAX_LISTED_PROBLEMS) problems.add(problem);
                else unlisted++;
            } else {
                rows.add(row);
            }
        }
        if (unlisted > 0) problems.add("…and " + count(unlisted, "more line") + " with a problem.");
        if (problems.isEmpty() && rows.isEmpty()) problems.add("The CSV has no data rows: add rows such as " + example(inputs, outputs) + ".");
        if (rows.size() > Limits.MAX_SAMPLES) {
            problems.add("The CSV has " + rows.size() + " rows; at most " + Limits.MAX_SAMPLES + " can be used.");
        }
        if (!problems.isEmpty()) return new Parsed(null, List.copyOf(problems), header);
        return new Parsed(dataset(rows, inputs), List.of(), header);
    }

    /** Builds a data set from rows of inputs followed by targets. */
    static Dataset dataset(List<double[]> rows, int inputs) {
        double[][] x = new double[rows.size()][];
        double[][] y = new double[rows.size()][];
        for (int s = 0; s < rows.size(); s++) {
            double[] row = rows.get(s);
            x[s] = java.util.Arrays.copyOfRange(row, 0, inputs);
            y[s] = java.util.Arrays.copyOfRange(row, inputs, row.length);
        }
        return new Dataset(x, y);
    }

    private static List<String> cells(String line) {
        String separator = line.indexOf('\t') >= 0 ? "\t" : ",";
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(separator, -1)) {
            String c = cell.strip();
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) c = c.substring(1, c.length() - 1).strip();
            cells.add(c);
        }
        return cells;
    }

    /**
     * A header holds names: no cell is a number, and some cell has a letter. A line that mixes
     * numbers and words is a data row with a mistake, and is reported as one.
     */
    private static boolean looksLikeHeader(List<String> cells) {
        boolean letters = false;
        for (String c : cells) {
            if (Numbers.read(c).ok()) return false;
            String lower = c.toLowerCase(java.util.Locale.ROOT);
            if (lower.equals("nan") || lower.matches("[+\\-\u2212]?inf(inity)?")) return false;
            if (c.chars().anyMatch(Character::isLetter)) letters = true;
        }
        return letters;
    }

    /** "column 2 (x2)" */
    private static String columnName(int c, int inputs, int outputs) {
        return "column " + (c + 1) + " (" + Columns.names(inputs, outputs).get(c) + ")";
    }

    static String columns(int inputs, int outputs) {
        return count(inputs + outputs, "value") + " per line (" + count(inputs, "input") + ", then " + count(outputs, "target") + ")";
    }

    private static String example(int inputs, int outputs) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < inputs + outputs; i++) parts.add(i < inputs ? "0." + (i + 1) : Integer.toString(i % 2));
        return String.join(",", parts);
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
