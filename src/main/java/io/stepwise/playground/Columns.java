package io.stepwise.playground;

import java.util.ArrayList;
import java.util.List;

/** The names of the data's columns: inputs x1, x2, … (x alone when there is one), targets y1, y2, … (or y). */
public final class Columns {
    private Columns() {}

    public static String input(int i, int inputs) { return inputs == 1 ? "x" : "x" + (i + 1); }

    public static String target(int o, int outputs) { return outputs == 1 ? "y" : "y" + (o + 1); }

    /** The prediction for a target: ŷ, ŷ1, … */
    public static String predicted(int o, int outputs) { return outputs == 1 ? "ŷ" : "ŷ" + (o + 1); }

    /** Every column in order: inputs, then targets. */
    public static List<String> names(int inputs, int outputs) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < inputs; i++) names.add(input(i, inputs));
        for (int o = 0; o < outputs; o++) names.add(target(o, outputs));
        return names;
    }
}
