package io.stepwise.playground;

/**
 * The names of the playground's query parameters and form fields, and the element ids derived
 * from them, in one place: the URL codec, the form reader, the handlers and the templates all use
 * these, so a renamed field breaks the build rather than the page.
 *
 * <p>The permalink uses the compact names: {@code layers=2-3-1&act=tanh&out=identity&loss=ssr&seed=7}
 * (or {@code w=…&b=…}), {@code train=all}, {@code data=x1,x2,y;…}, {@code lr}, {@code tol},
 * {@code max}, {@code steps}. The setup form adds the fields a person edits one by one.
 */
public final class Fields {
    public static final String LAYERS = "layers";
    public static final String HIDDEN = "act";
    public static final String OUTPUT = "out";
    public static final String LOSS = "loss";
    public static final String SEED = "seed";
    /** Comma lists of all weights and of all biases, in the documented order. */
    public static final String WEIGHTS = "w";
    public static final String BIASES = "b";
    /** all, weights, biases, or parameter names joined by commas. */
    public static final String TRAIN = "train";
    /** Rows joined by ';', each row's inputs then targets joined by ','. */
    public static final String DATA = "data";
    public static final String LEARNING_RATE = "lr";
    public static final String TOLERANCE = "tol";
    public static final String MAX_STEPS = "max";
    public static final String STEPS = "steps";
    /** "1" draws the loss history on a log scale. */
    public static final String LOG_LOSS = "logy";
    /** The parameter whose gradient the chain-rule panel works out, e.g. "w5". */
    public static final String DETAIL = "detail";

    /** Form only: "seed" or "given": where the start values come from. */
    public static final String INIT = "init";
    public static final String INIT_SEED = "seed";
    public static final String INIT_GIVEN = "given";
    /** Form only: the layer sizes the parameter and data tables were drawn for. */
    public static final String SHAPE = "shape";
    /** Form only: the seed the parameter table was drawn from, empty when it held given values. */
    public static final String DRAWN_SEED = "drawnseed";
    /** Form only: the ticked parameters, for train = "chosen". */
    public static final String TICKED = "tp";
    public static final String TRAIN_CHOSEN = "chosen";
    /** Form only: how many rows the data table was drawn with. */
    public static final String TABLE_ROWS = "rows";
    public static final String CSV = "csv";
    public static final String PRESET = "preset";
    /** Error-only fields: the start values as a group, the data table as a group, and the whole setup. */
    public static final String PARAMETERS = "params";
    public static final String SETUP = "setup";

    private Fields() {}

    /** The form field of one table cell, rows and columns counted from 1: "r3c2". */
    public static String cell(int row, int column) {
        return "r" + row + "c" + column;
    }

    /** The element id of a field's input, e.g. "pg-layers". */
    public static String id(String field) {
        return "pg-" + field;
    }

    /** The element id of a field's error message, e.g. "pg-layers-error". */
    public static String errorId(String field) {
        return "pg-" + field + "-error";
    }

    /** The element id of a field's hint, e.g. "pg-layers-hint". */
    public static String hintId(String field) {
        return "pg-" + field + "-hint";
    }
}
