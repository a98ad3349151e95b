package io.stepwise.playground;

import io.stepwise.input.Ranges;
import java.util.Map;

/** The setup form's run settings as shown: learning rate, tolerance and max steps. */
public record SettingsSection(String learningRate, String tolerance, String maxSteps) {

    static SettingsSection of(PlaygroundSetup s) {
        return new SettingsSection(Numbers.compact(s.learningRate()), Numbers.compact(s.tolerance()), Integer.toString(s.maxSteps()));
    }

    /** As a permalink gave them, the defaults where it gave nothing. */
    static SettingsSection of(Map<String, String> raw) {
        PlaygroundSetup d = PlaygroundSetup.DEFAULT;
        return new SettingsSection(raw.getOrDefault(Fields.LEARNING_RATE, Numbers.compact(d.learningRate())),
                raw.getOrDefault(Fields.TOLERANCE, Numbers.compact(d.tolerance())),
                raw.getOrDefault(Fields.MAX_STEPS, Integer.toString(d.maxSteps())));
    }

    static SettingsSection typed(Submitted in) {
        return new SettingsSection(in.text(Fields.LEARNING_RATE), in.text(Fields.TOLERANCE), in.text(Fields.MAX_STEPS));
    }

    /** The checked values; each is null when its field cannot be used. */
    record Read(Double learningRate, Double tolerance, Integer maxSteps) {}

    static Read read(Submitted in) {
        return new Read(Rules.number(Fields.LEARNING_RATE, Ranges.LEARNING_RATE, in.text(Fields.LEARNING_RATE), in.errors),
                Rules.number(Fields.TOLERANCE, Ranges.TOLERANCE, in.text(Fields.TOLERANCE), in.errors),
                Rules.count(Fields.MAX_STEPS, Ranges.MAX_STEPS, in.text(Fields.MAX_STEPS), in.errors));
    }
}
