package io.stepwise.web;

import io.stepwise.playground.LessonSetups;
import io.stepwise.tutorial.AllParametersView;
import io.stepwise.tutorial.DpView;
import io.stepwise.tutorial.LastBiasView;

/** "Open this in the playground": each lesson's current state as a playground permalink, for the lessons' templates. */
public final class PlaygroundLinks {
    private PlaygroundLinks() {}

    public static String lastBias(LastBiasView v) {
        return PlaygroundPage.url(LessonSetups.lastBias(v.state(), v.current().index()));
    }

    public static String allParameters(AllParametersView v) {
        return PlaygroundPage.url(LessonSetups.allParameters(v.state(), v.current().index()));
    }

    public static String dynamicProgramming(DpView v) {
        return PlaygroundPage.url(LessonSetups.dynamicProgramming(v.example()));
    }
}
