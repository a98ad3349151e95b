package io.stepwise.playground;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.Limits;
import io.stepwise.engine.Loss;
import io.stepwise.input.Count;
import io.stepwise.input.InputError;
import io.stepwise.input.Names;
import io.stepwise.input.Range;
import io.stepwise.input.Ranges;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The checks every playground field goes through, shared by the permalink decoder and the setup
 * form. Each reads raw text, and either returns the value or adds a {@link FieldError} to the list
 * and returns null, so that every wrong field is reported at once, not only the first.
 */
final class Rules {
    private Rules() {}

    static int[] layers(String field, String raw, List<FieldError> errors) {
        String text = raw.strip();
        if (!text.matches("\\d{1,3}(\\s*[-,x×]\\s*\\d{1,3}){0,20}")) {
            errors.add(new FieldError(field, "Layer sizes must be whole numbers joined by dashes, such as 2-3-1, not “" + Numbers.shorten(text) + "”."));
            return null;
        }
        int[] sizes = Arrays.stream(text.split("\\s*[-,x×]\\s*")).mapToInt(Integer::parseInt).toArray();
        if (sizes.length < 2 || sizes.length > Limits.MAX_LAYERS) {
            errors.add(new FieldError(field, "A network has 2 to " + Limits.MAX_LAYERS + " layers (inputs, hidden layers, outputs); “"
                    + Numbers.shorten(text) + "” has " + sizes.length + "."));
            return null;
        }
        for (int l = 0; l < sizes.length; l++) {
            if (sizes[l] < 1 || sizes[l] > Limits.MAX_WIDTH) {
                errors.add(new FieldError(field, "Each layer has 1 to " + Limits.MAX_WIDTH + " neurons; "
                        + (l == 0 ? "the input layer" : l == sizes.length - 1 ? "the output layer" : "hidden layer " + l) + " has " + sizes[l] + "."));
                return null;
            }
        }
        return sizes;
    }

    static Activation activation(String field, String label, String raw, List<FieldError> errors) {
        Activation a = Activation.fromId(raw.strip());
        if (a == null) {
            errors.add(new FieldError(field, label + " must be one of " + String.join(", ",
                    Arrays.stream(Activation.values()).map(Activation::id).toList()) + ", not “" + Numbers.shorten(raw.strip()) + "”."));
        }
        return a;
    }

    static Loss loss(String field, String raw, List<FieldError> errors) {
        Loss loss = Loss.fromId(raw.strip());
        if (loss == null) {
            errors.add(new FieldError(field, "Loss must be one of " + String.join(", ", Arrays.stream(Loss.values()).map(Loss::id).toList())
                    + ", not “" + Numbers.shorten(raw.strip()) + "”."));
        }
        return loss;
    }

    static Long seed(String field, String raw, List<FieldError> errors) {
        Integer seed = read(errors, () -> Ranges.SEED.read(field, raw));
        return seed == null ? null : Long.valueOf(seed);
    }

    /** A number within its quantity's range (the same rule the lessons, the API and exercise files use). */
    static Double number(String field, Range quantity, String raw, List<FieldError> errors) {
        return read(errors, () -> quantity.read(field, raw));
    }

    static Integer count(String field, Count count, String raw, List<FieldError> errors) {
        return read(errors, () -> count.read(field, raw));
    }

    /** The value a reader gives, or null with its error added to the list. */
    static <T> T read(List<FieldError> errors, java.util.function.Supplier<T> reader) {
        try {
            return reader.get();
        } catch (InputError e) {
            errors.add(new FieldError(e.field(), e.getMessage()));
            return null;
        }
    }

    /**
     * A comma list of exactly {@code count} numbers, named w1, w2, … (or b1, …) in messages.
     *
     * @param prefix "w" or "b"
     * @param plural "weights" or "biases"
     */
    static double[] values(String field, String prefix, String plural, String raw, Architecture arch, int count,
                           List<FieldError> errors) {
        String[] parts = raw.strip().isEmpty() ? new String[0] : raw.split(",", -1);
        if (parts.length != count) {
            errors.add(new FieldError(field, "The " + PlaygroundSetup.shape(arch.sizes()) + " network has " + count + " " + plural
                    + (count == 0 ? "" : " (" + prefix + "1…" + prefix + count + ")") + "; " + parts.length + (parts.length == 1 ? " was" : " were")
                    + " given."));
            return null;
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            Numbers.Read read = Numbers.read(parts[i]);
            if (!read.ok()) {
                errors.add(new FieldError(field, prefix + (i + 1) + " " + read.problem() + "."));
                return null;
            }
            values[i] = read.value();
        }
        return values;
    }

    /** "all", "weights", "biases", or parameter names joined by commas: {@link TrainSet#read}. */
    static TrainSet train(String field, String raw, Architecture arch, List<FieldError> errors) {
        return chosen(field, Names.commaList(raw), arch, errors);
    }

    /** Parameter names and keywords, each once; the result is written the shortest way ("all" when every one is named). */
    static TrainSet chosen(String field, List<String> names, Architecture arch, List<FieldError> errors) {
        return read(errors, () -> TrainSet.read(names, arch, field, i -> field));
    }

    /** Rows joined by ';', values by ','; each row has the inputs, then the targets. */
    static Dataset data(String field, String raw, int inputs, int outputs, List<FieldError> errors) {
        String text = raw.strip();
        if (text.isEmpty()) {
            errors.add(new FieldError(field, "There is no data: give at least one row of " + CsvData.columns(inputs, outputs) + "."));
            return null;
        }
        String[] lines = text.split(";", -1);
        if (lines.length > Limits.MAX_SAMPLES) {
            errors.add(new FieldError(field, "The data has " + lines.length + " rows; at most " + Limits.MAX_SAMPLES + " can be used."));
            return null;
        }
        int width = inputs + outputs;
        List<double[]> rows = new ArrayList<>();
        for (int r = 0; r < lines.length; r++) {
            String[] cells = lines[r].split(",", -1);
            if (cells.length != width) {
                errors.add(new FieldError(field, "Row " + (r + 1) + " of the data has " + CsvData.count(cells.length, "value")
                        + "; this network needs " + CsvData.columns(inputs, outputs).replace(" per line", "") + "."));
                return null;
            }
            double[] row = new double[width];
            for (int c = 0; c < width; c++) {
                Numbers.Read read = Numbers.read(cells[c]);
                if (!read.ok()) {
                    errors.add(new FieldError(field, "Row " + (r + 1) + ", " + Columns.names(inputs, outputs).get(c) + " " + read.problem() + "."));
                    return null;
                }
                row[c] = read.value();
            }
            rows.add(row);
        }
        return CsvData.dataset(rows, inputs);
    }

    static String biases(int n) {
        return n == 1 ? "1 bias" : n + " biases";
    }

    /** The engine's work cap, checked before anything runs. */
    static boolean withinWork(String field, Architecture arch, int samples, int maxSteps, List<FieldError> errors) {
        long work = Limits.work(arch, samples, maxSteps);
        if (work <= Limits.MAX_WORK) return true;
        long perStep = Limits.perUpdate(arch, samples);
        errors.add(new FieldError(field, "This setup is too large to run: (max steps + 1) × " + thousands(perStep)
                + " work units per step is " + thousands(work) + ", over the limit of " + thousands(Limits.MAX_WORK) + ". "
                + StepCap.most(arch, samples) + " Use fewer max steps, fewer samples or a smaller network."));
        return false;
    }

    static String thousands(long n) { return String.format(java.util.Locale.ROOT, "%,d", n); }
}
