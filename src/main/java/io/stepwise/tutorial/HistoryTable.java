package io.stepwise.tutorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

    /** The same table with these columns of the row for {@code step} shown as "?": values an open question asks for. */
    public HistoryTable concealing(int step, Set<Integer> columns) {
        if (columns.isEmpty()) return this;
        List<Row> out = new ArrayList<>();
        for (Row r : rows) out.add(!r.isGap() && r.step() == step ? new Row(r.step(), r.values(), r.omitted(), Set.copyOf(columns)) : r);
        return new HistoryTable(cssClass, caption, notes, columns(), out);
    }

    /**
     * The state after {@code step} updates with a value per column after the step's (each shown
     * rounded, with its full value on hover); or, when {@code omitted} &gt; 0, the row saying that
     * steps 1 to {@code omitted} are not listed.
     *
     * @param hidden indexes into {@code values} shown as "?" while a question asks for them
     */
    public record Row(int step, List<Num> values, int omitted, Set<Integer> hidden) {
        public Row {
            values = List.copyOf(values);
            hidden = Set.copyOf(hidden);
        }

        public static Row of(int step, List<Num> values) { return new Row(step, values, 0, Set.of()); }

        /** "Steps 1 to omitted are not listed." */
        public static Row gap(int omitted) { return new Row(-1, List.of(), omitted, Set.of()); }

        public boolean isGap() { return omitted > 0; }
    }
}
