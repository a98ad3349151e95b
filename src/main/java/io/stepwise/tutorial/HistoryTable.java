package io.stepwise.tutorial;

import java.util.List;

/**
 * A history table as the lessons and the playground show it, drawn by the one fragment
 * {@code fragments/history.jte}: a caption, a header per column (the step's first) and a row per
 * listed state, with the row that says which steps are left out.
 *
 * @param cssClass the table's classes, e.g. "history"
 * @param notes each said in parentheses after the caption, e.g. which states are listed
 * @param columns the headers, the step's first
 */
public record HistoryTable(String cssClass, Notation caption, List<String> notes, List<Notation> columns, List<Row> rows) {

    public HistoryTable {
        notes = List.copyOf(notes);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * The state after {@code step} updates with a value per column after the step's (each shown
     * rounded, with its full value on hover); or, when {@code omitted} &gt; 0, the row saying that
     * steps 1 to {@code omitted} are not listed.
     */
    public record Row(int step, List<Num> values, int omitted) {
        public Row {
            values = List.copyOf(values);
        }

        public static Row of(int step, List<Num> values) { return new Row(step, values, 0); }

        /** "Steps 1 to omitted are not listed." */
        public static Row gap(int omitted) { return new Row(-1, List.of(), omitted); }

        public boolean isGap() { return omitted > 0; }
    }
}
