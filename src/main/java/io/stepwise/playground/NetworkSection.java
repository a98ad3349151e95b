package io.stepwise.playground;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Loss;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The setup form's network section as shown: layer sizes, hidden and output activations, loss. */
public record NetworkSection(String layers, String hidden, String output, String loss) {

    static NetworkSection of(PlaygroundSetup s) { return new NetworkSection(s.shape(), s.hidden().id(), s.output().id(), s.loss().id()); }

    /** As a permalink gave it, the default where it gave nothing. */
    static NetworkSection of(Map<String, String> raw) {
        PlaygroundSetup d = PlaygroundSetup.DEFAULT;
        return new NetworkSection(raw.getOrDefault(Fields.LAYERS, d.shape()), raw.getOrDefault(Fields.HIDDEN, d.hidden().id()),
                raw.getOrDefault(Fields.OUTPUT, d.output().id()), raw.getOrDefault(Fields.LOSS, d.loss().id()));
    }

    static NetworkSection typed(Submitted in) {
        return new NetworkSection(in.text(Fields.LAYERS), in.text(Fields.HIDDEN), in.text(Fields.OUTPUT), in.text(Fields.LOSS));
    }

    /** The section's checked values; each is null when its field cannot be used. */
    record Read(int[] layers, Activation hidden, Activation output, Loss loss) {}

    static Read read(Submitted in) {
        String layersText = in.text(Fields.LAYERS);
        int[] layers = null;
        if (layersText.isBlank()) in.error(Fields.LAYERS, "Give the layer sizes, such as 2-3-1.");
        else layers = Rules.layers(Fields.LAYERS, layersText, in.errors);
        Activation hidden = Rules.activation(Fields.HIDDEN, "Hidden activation", in.text(Fields.HIDDEN), in.errors);
        Activation output = Rules.activation(Fields.OUTPUT, "Output activation", in.text(Fields.OUTPUT), in.errors);
        Loss loss = Rules.loss(Fields.LOSS, in.text(Fields.LOSS), in.errors);
        return new Read(layers, hidden, output, loss);
    }

    public List<SetupForm.Option> hiddenOptions() { return activations(hidden); }

    public List<SetupForm.Option> outputOptions() { return activations(output); }

    public List<SetupForm.Option> lossOptions() {
        return Arrays.stream(Loss.values())
                .map(l -> new SetupForm.Option(l.id(), Playground.lossName(l) + ": " + l.description(), l.id().equals(loss))).toList();
    }

    private static List<SetupForm.Option> activations(String chosen) {
        return Arrays.stream(Activation.values()).map(a -> new SetupForm.Option(a.id(), a.id(), a.id().equals(chosen))).toList();
    }
}
