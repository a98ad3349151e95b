package io.stepwise.playground;

import io.stepwise.engine.Architecture;
import java.util.ArrayList;
import java.util.List;

/**
 * Which parameters train, as the form shows it: "all", "weights", "biases" or "chosen", and for
 * networks too large for the start-values table, the chosen ones as a comma list (otherwise each
 * is a tick in that table).
 */
public record TrainingSection(String train, String tickedText) {

    static TrainingSection of(TrainSet train) {
        boolean chosen = train.kind() == TrainSet.Kind.CHOSEN;
        return new TrainingSection(chosen ? Fields.TRAIN_CHOSEN : train.encode(), chosen ? train.encode() : "");
    }

    /** As a permalink gave it: a kind word, or names. */
    static TrainingSection of(String raw) {
        return kindWord(raw) ? new TrainingSection(raw, "") : new TrainingSection(Fields.TRAIN_CHOSEN, raw);
    }

    /** @param table whether the ticks were drawn in the start-values table */
    static TrainingSection typed(Submitted in, boolean table) {
        return new TrainingSection(in.text(Fields.TRAIN), table ? "" : String.join(",", in.all(Fields.TICKED)));
    }

    static boolean kindWord(String raw) { return raw.equals("all") || raw.equals("weights") || raw.equals("biases"); }

    /** The parameters that train, or null (with an error) when the choice cannot be used. */
    static TrainSet read(Submitted in, Architecture arch) {
        switch (in.text(Fields.TRAIN)) {
            case "all": return TrainSet.ALL;
            case "weights": return TrainSet.WEIGHTS;
            case "biases": return TrainSet.BIASES;
            case Fields.TRAIN_CHOSEN: break;
            default:
                in.error(Fields.TRAIN, "Choose which parameters train: all, weights only, biases only, or the ticked ones.");
                return null;
        }
        if (arch == null) return null;
        if (in.shape != null && !in.drawnFor(arch.sizes()) && in.parameterTable()) {
            in.error(Fields.TICKED, "The ticks are for the parameters of the " + PlaygroundSetup.shape(in.shape)
                    + " network, not the " + PlaygroundSetup.shape(arch.sizes()) + " network. Apply the new layer sizes with “all "
                    + "parameters” first, then tick the ones to train.");
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String v : in.all(Fields.TICKED)) {
            for (String n : v.split(",")) if (!n.isBlank()) names.add(n.strip());
        }
        if (names.isEmpty()) {
            in.error(Fields.TICKED, "Tick at least one parameter to train, or choose all, weights only or biases only.");
            return null;
        }
        return Rules.chosen(Fields.TICKED, names, arch, in.errors);
    }

    public List<SetupForm.Option> trainOptions() {
        return List.of(new SetupForm.Option("all", "all parameters", train.equals("all")),
                new SetupForm.Option("weights", "weights only", train.equals("weights")),
                new SetupForm.Option("biases", "biases only", train.equals("biases")),
                new SetupForm.Option(Fields.TRAIN_CHOSEN, "only the ticked parameters", train.equals(Fields.TRAIN_CHOSEN)));
    }
}
