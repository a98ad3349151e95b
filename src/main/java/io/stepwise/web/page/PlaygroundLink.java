package io.stepwise.web.page;

import io.stepwise.playground.PlaygroundState;
import io.stepwise.playground.PlaygroundUrl;
import io.stepwise.web.Paths;

/** The playground's permalink, which the lessons link to with their current state. */
public final class PlaygroundLink {
    private PlaygroundLink() {}

    /** The canonical permalink of a state. */
    public static String url(PlaygroundState state) {
        return Paths.PLAYGROUND + "?" + PlaygroundUrl.query(state);
    }
}
