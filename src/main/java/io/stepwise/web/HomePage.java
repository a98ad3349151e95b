package io.stepwise.web;

import java.util.List;

/** The home page: the tutorials, in the order they are meant to be taken. */
public record HomePage(List<Tutorial> tutorials) {

    public record Tutorial(String title, String path, String summary) {}

    static final HomePage INSTANCE = new HomePage(List.of(
            new Tutorial("Fit the last bias", Paths.LAST_BIAS,
                    "The chain rule and gradient descent on one parameter: watch b3 walk down the loss, one step at a time."),
            new Tutorial("Train all seven parameters", Paths.ALL_PARAMETERS,
                    "Every weight and bias learns at once: the chain rule written out for each of the seven, factor by factor, and all seven updated in every step."),
            new Tutorial("Backpropagation is dynamic programming", Paths.DYNAMIC_PROGRAMMING,
                    "Fill the table of δ values from the output back to the inputs, and see how much work it saves over tracing every path."),
            new Tutorial("Playground", Paths.PLAYGROUND,
                    "Your own network and data: choose the layers, activations, loss, start values and data, then step through the descent with every table and picture of the lessons.")));
}
