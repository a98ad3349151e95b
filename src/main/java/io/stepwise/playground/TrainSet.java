package io.stepwise.playground;

import io.stepwise.engine.Architecture;
import io.stepwise.engine.Parameter;
import io.stepwise.input.InputError;
import io.stepwise.input.NumberText;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Which parameters a run trains: all of them, the weights only, the biases only, or a chosen
 * set by name. The others keep their start values.
 *
 * @param names for {@link Kind#CHOSEN}, the parameter names in the engine's flat order (weights,
 *              then biases); empty otherwise
 */
public record TrainSet(Kind kind, List<String> names) {
    public enum Kind { ALL, WEIGHTS, BIASES, CHOSEN }

    public static final TrainSet ALL = new TrainSet(Kind.ALL, List.of());
    public static final TrainSet WEIGHTS = new TrainSet(Kind.WEIGHTS, List.of());
    public static final TrainSet BIASES = new TrainSet(Kind.BIASES, List.of());

    public TrainSet {
        names = List.copyOf(names);
    }

    /**
     * The parameters as a set, written the shortest way: "all", "weights" or "biases" when the
     * set is exactly that, names otherwise.
     */
    public static TrainSet of(Architecture arch, int[] flatIndices) {
        TreeSet<Integer> set = new TreeSet<>();
        for (int i : flatIndices) set.add(i);
        int w = arch.weightCount();
        int n = arch.parameterCount();
        if (set.size() == n) return ALL;
        if (set.size() == w && set.last() < w) return WEIGHTS;
        if (set.size() == n - w && set.first() >= w) return BIASES;
        List<String> names = new ArrayList<>();
        for (int i : set) names.add(Parameter.ofFlatIndex(arch, i).name());
        return new TrainSet(Kind.CHOSEN, names);
    }

    /**
     * The one reading of a train list, for the permalink, the setup form, the API and exercise
     * files: each item is all, weights, biases or a parameter name (w1, b3), and the set is their
     * union, written the shortest way. Nothing named, an item named twice and names the network
     * does not have are refused.
     *
     * @param field the field of the whole list
     * @param itemField the field of item i, where an error in one item is reported
     */
    public static TrainSet read(List<String> items, Architecture arch, String field, IntFunction<String> itemField) {
        if (items.isEmpty()) {
            throw new InputError(field, "Choose at least one parameter to train: all, weights, biases, or names such as w1,b3.");
        }
        TreeSet<Integer> chosen = new TreeSet<>();
        List<String> seen = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int firstUnknown = -1;
        for (int i = 0; i < items.size(); i++) {
            String name = items.get(i).strip();
            if (seen.contains(name)) throw new InputError(itemField.apply(i), name + " is named twice in the trained parameters.");
            seen.add(name);
            int[] indices = switch (name) {
                case "all" -> ALL.indices(arch);
                case "weights" -> WEIGHTS.indices(arch);
                case "biases" -> BIASES.indices(arch);
                default -> {
                    Parameter p = Parameter.parse(arch, name);
                    yield p == null ? null : new int[] {p.flatIndex(arch)};
                }
            };
            if (indices == null) {
                if (firstUnknown < 0) firstUnknown = i;
                unknown.add("“" + NumberText.shorten(name) + "”");
            } else {
                for (int k : indices) chosen.add(k);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InputError(itemField.apply(firstUnknown), "The " + PlaygroundSetup.shape(arch.sizes()) + " network has no parameter "
                    + String.join(", ", unknown) + "; it has w1…w" + arch.weightCount() + " and b1…b" + arch.biasCount()
                    + " (or use all, weights, biases).");
        }
        return of(arch, chosen.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The flat indices (weights first, then biases) of the trained parameters, ascending. */
    public int[] indices(Architecture arch) {
        int w = arch.weightCount();
        int n = arch.parameterCount();
        return switch (kind) {
            case ALL -> range(0, n);
            case WEIGHTS -> range(0, w);
            case BIASES -> range(w, n);
            case CHOSEN -> names.stream().map(name -> Parameter.parse(arch, name))
                    .mapToInt(p -> p.flatIndex(arch)).sorted().toArray();
        };
    }

    /** "all", "weights", "biases" or "w1,b3": the URL form. */
    public String encode() {
        return switch (kind) {
            case ALL -> "all";
            case WEIGHTS -> "weights";
            case BIASES -> "biases";
            case CHOSEN -> String.join(",", names);
        };
    }

    /** In words, for the page: "all 7 parameters", "the 4 weights", "w1 and b3". */
    public String describe(Architecture arch) {
        return switch (kind) {
            case ALL -> "all " + arch.parameterCount() + " parameters";
            case WEIGHTS -> arch.weightCount() == 1 ? "the weight" : "the " + arch.weightCount() + " weights";
            case BIASES -> arch.biasCount() == 1 ? "the bias" : "the " + arch.biasCount() + " biases";
            case CHOSEN -> names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        };
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }
}
