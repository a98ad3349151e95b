package io.stepwise.web;

import java.util.Map;

/** The pages that have an embed view, with the titles oEmbed gives them. */
final class EmbedTargets {
    static final Map<String, String> TITLES = Map.of(
            Paths.LAST_BIAS, "Fit the last bias",
            Paths.ALL_PARAMETERS, "Train all seven parameters",
            Paths.DYNAMIC_PROGRAMMING, "Backpropagation is dynamic programming",
            Paths.PLAYGROUND, "Playground");

    private EmbedTargets() {}

    static boolean isEmbeddable(String path) { return TITLES.containsKey(path); }
}
