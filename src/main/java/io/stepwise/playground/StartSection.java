package io.stepwise.playground;

import io.stepwise.engine.Architecture;
import io.stepwise.engine.Network;
import io.stepwise.engine.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the parameters start, as the form shows it: a seed, or given values, one row per
 * parameter (with its tick to train), or as comma lists for networks too large for the table.
 *
 * @param init {@link Fields#INIT_SEED} or {@link Fields#INIT_GIVEN}
 * @param drawnSeed the seed the table's values were drawn from, "" when they were given
 * @param parameters one row per parameter; empty when the network has too many to edit one by one
 * @param weightsText the start weights as a comma list, for networks too large for the table
 */
public record StartSection(String init, String seed, String drawnSeed, List<ParamField> parameters, int parameterCount,
                           String weightsText, String biasesText) {
    /** Above this many parameters the start values are edited as comma lists instead of one by one. */
    public static final int MAX_EDITABLE_PARAMETERS = 100;

    /** One parameter's row: its name, what it connects, its start value as text, and whether it is ticked to train. */
    public record ParamField(String name, String connects, String value, boolean ticked) {}

    public StartSection {
        parameters = List.copyOf(parameters);
    }

    public boolean seeded() { return !init.equals(Fields.INIT_GIVEN); }

    public boolean parametersEditable() { return !parameters.isEmpty(); }

    static StartSection of(PlaygroundSetup s) {
        Architecture arch = s.architecture();
        Network start = s.startNetwork();
        boolean seeded = s.start() instanceof Start.Seeded;
        String seed = seeded ? Long.toString(((Start.Seeded) s.start()).seed()) : "1";
        Set<Integer> trained = new HashSet<>();
        for (int i : s.trained()) trained.add(i);
        double[] values = start.parameters();
        List<ParamField> parameters = new ArrayList<>();
        if (arch.parameterCount() <= MAX_EDITABLE_PARAMETERS) {
            for (int i = 0; i < values.length; i++) {
                Parameter p = Parameter.ofFlatIndex(arch, i);
                parameters.add(new ParamField(p.name(), Playground.connects(arch, p), Numbers.compact(values[i]), trained.contains(i)));
            }
        }
        return new StartSection(seeded ? Fields.INIT_SEED : Fields.INIT_GIVEN, seed, seeded ? seed : "", parameters, values.length,
                PlaygroundUrl.list(start.weights()), PlaygroundUrl.list(start.biases()));
    }

    /**
     * As a permalink gave them, drawn for the network the link names: given values as they were
     * written, else the values its seed (or, with neither, the default setup) starts from.
     */
    static StartSection of(Map<String, String> raw, Architecture arch) {
        PlaygroundSetup d = PlaygroundSetup.DEFAULT;
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
        boolean kindWord = TrainingSection.kindWord(trainRaw);
        Set<String> ticked = new HashSet<>();
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
        return new StartSection(initGiven ? Fields.INIT_GIVEN : Fields.INIT_SEED, seed, !initGiven && seedValue != null ? seed : "",
                parameters, arch.parameterCount(), raw.getOrDefault(Fields.WEIGHTS, ""), raw.getOrDefault(Fields.BIASES, ""));
    }

    /** As typed: the table for the network it was drawn for, when it was shown. */
    static StartSection typed(Submitted in, Architecture arch) {
        Set<String> ticked = new HashSet<>();
        for (String v : in.all(Fields.TICKED)) for (String n : v.split(",")) ticked.add(n.strip());
        List<ParamField> parameters = new ArrayList<>();
        if (in.shapeArch != null && in.parameterTable()) {
            for (int i = 0; i < arch.parameterCount(); i++) {
                Parameter p = Parameter.ofFlatIndex(arch, i);
                parameters.add(new ParamField(p.name(), Playground.connects(arch, p), in.text(p.name()), ticked.contains(p.name())));
            }
        }
        return new StartSection(in.text(Fields.INIT).equals(Fields.INIT_GIVEN) ? Fields.INIT_GIVEN : Fields.INIT_SEED, in.text(Fields.SEED),
                in.text(Fields.DRAWN_SEED), parameters, arch.parameterCount(), in.text(Fields.WEIGHTS), in.text(Fields.BIASES));
    }

    /** The start values, or null (with an error) when they cannot be used; arch is null when the network could not be read. */
    static Start read(Submitted in, Architecture arch) {
        String init = in.text(Fields.INIT);
        if (init.equals(Fields.INIT_SEED)) {
            String seedText = in.text(Fields.SEED);
            Long seed = seedText.isBlank() ? null : Rules.seed(Fields.SEED, seedText, in.errors);
            if (seedText.isBlank()) in.error(Fields.SEED, "Give a seed: a whole number such as 7.");
            if (editedSeededValues(in, arch)) {
                in.error(Fields.INIT, "You changed start values in the table, but “random values from the seed” is chosen. "
                        + "Choose “the values in the table” to use your values.");
                return null;
            }
            return seed == null ? null : new Start.Seeded(seed);
        }
        if (!init.equals(Fields.INIT_GIVEN)) {
            in.error(Fields.INIT, "Choose where the start values come from: random values from a seed, or the values in the table.");
            return null;
        }
        if (arch == null) return null;
        if (!in.drawnFor(arch.sizes()) && in.presetResized) {
            // The preset changed the network's ends, so the table's values no longer fit: one action
            // applies the preset whole, drawing start values from the seed (they then show in the table).
            Long seed = Rules.seed(Fields.SEED, in.text(Fields.SEED).isBlank() ? "1" : in.text(Fields.SEED), in.errors);
            return seed == null ? null : new Start.Seeded(seed);
        }
        if (!in.drawnFor(arch.sizes())) {
            String from = in.shape == null ? "another network" : "the " + PlaygroundSetup.shape(in.shape) + " network";
            in.error(Fields.PARAMETERS, "The table holds start values for " + from + ", but the "
                    + PlaygroundSetup.shape(arch.sizes()) + " network has " + CsvData.count(arch.weightCount(), "weight") + " and "
                    + Rules.biases(arch.biasCount()) + ". Choose “random values from the seed” to draw "
                    + "them (they then appear in the table, to edit), or change the layer sizes back.");
            return null;
        }
        if (!in.all(Fields.WEIGHTS).isEmpty() && !in.parameterTable()) {
            double[] w = Rules.values(Fields.WEIGHTS, "w", "weights", in.text(Fields.WEIGHTS), arch, arch.weightCount(), in.errors);
            double[] b = Rules.values(Fields.BIASES, "b", "biases", in.text(Fields.BIASES), arch, arch.biasCount(), in.errors);
            return w == null || b == null ? null : new Start.Given(w, b);
        }
        double[] values = new double[arch.parameterCount()];
        boolean bad = false;
        for (int i = 0; i < values.length; i++) {
            String name = Parameter.ofFlatIndex(arch, i).name();
            Numbers.Read read = Numbers.read(in.text(name));
            if (read.ok()) {
                values[i] = read.value();
            } else {
                in.error(name, name + " " + read.problem() + ".");
                bad = true;
            }
        }
        if (bad) return null;
        return new Start.Given(Arrays.copyOf(values, arch.weightCount()), Arrays.copyOfRange(values, arch.weightCount(), values.length));
    }

    /** True when the table was drawn from a seed, for this shape, and a value in it was changed since. */
    private static boolean editedSeededValues(Submitted in, Architecture arch) {
        String drawn = in.text(Fields.DRAWN_SEED);
        if (in.shapeArch == null || !drawn.matches("\\d{1,9}") || !in.parameterTable()) return false;
        if (arch != null && !in.drawnFor(arch.sizes())) return false;
        double[] expected = new Start.Seeded(Long.parseLong(drawn)).network(in.shapeArch).parameters();
        for (int i = 0; i < expected.length; i++) {
            Numbers.Read read = Numbers.read(in.text(Parameter.ofFlatIndex(in.shapeArch, i).name()));
            if (!read.ok() || read.value() != expected[i]) return true;
        }
        return false;
    }
}
