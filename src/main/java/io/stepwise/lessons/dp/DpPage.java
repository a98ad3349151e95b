package io.stepwise.lessons.dp;

import io.stepwise.engine.Architecture;
import io.stepwise.engine.Parameter;
import io.stepwise.exercise.Concealable;
import io.stepwise.exercise.ExerciseLesson;
import io.stepwise.exercise.Quantity;
import io.stepwise.lesson.Field;
import io.stepwise.lesson.Param;
import io.stepwise.lesson.StateCodec;
import io.stepwise.lesson.Values;
import io.stepwise.playground.PlaygroundSetup;
import io.stepwise.playground.PlaygroundState;
import io.stepwise.playground.Start;
import io.stepwise.playground.TrainSet;
import io.stepwise.web.Paths;
import java.util.List;
import java.util.Locale;
import io.stepwise.web.page.ExerciseRequest;
import io.stepwise.web.page.Lesson;
import io.stepwise.web.page.PlaygroundLink;
import io.stepwise.web.page.ExerciseBox;
import io.stepwise.web.page.LessonPage;
import io.stepwise.lessons.lastbias.LastBiasPage;

/**
 * The dynamic-programming page: the lesson's view, its control URLs (null = disabled) and its
 * "Your turn" exercise (null once the table is full) with the set and seed its forms keep.
 * Fill controls move through the layers from the output back to the first hidden layer.
 *
 * @param pathFormHidden the path-sum form's hidden fields: the state but the parameter and sample it chooses
 */
public record DpPage(DpView view, String fillNextUrl, String unfillUrl, String fillAllUrl, String clearUrl, String selfUrl,
                     ExerciseBox exercise, List<Param> exerciseCarried, List<Param> pathFormHidden) implements LessonPage {
    /** Above any network's layer or sample count: the checks below give the real limit. */
    private static final int UNBOUNDED = 999_999_999;

    static final Field<String> SHAPE = Field.choice(Paths.Q_SHAPE, "Network shape", DpState.DEFAULT.example(),
            DpExample.ALL.stream().map(DpExample::id).toList()).preset("shape");
    static final Field<Integer> FILLED = Field.whole(Paths.Q_FILLED, "Filled layers", 0, 0, UNBOUNDED).check((earlier, n) -> {
        int most = architecture(earlier).layerCount() - 1;
        return n > most ? "Filled layers must be a whole number from 0 to " + most + ", not “" + n + "”." : null;
    });
    static final Field<String> PARAMETER = Field.choice(Paths.Q_PARAMETER, "Parameter", DpState.DEFAULT.parameter(), List.of())
            .check((earlier, name) -> {
                Architecture arch = architecture(earlier);
                return Parameter.parse(arch, name) != null ? null : "Parameter must be one of w1…w" + arch.weightCount()
                        + " or b1…b" + arch.biasCount() + " for this network, not “" + name + "”.";
            });
    /** Numbered from 1, as the page shows it; by default the sample the network opens on ({@link DpExample#openingSample()}). */
    static final Field<Integer> SAMPLE = Field.whole(Paths.Q_SAMPLE, "Sample", DpState.DEFAULT.sample() + 1, 1, UNBOUNDED)
            .fallbackFrom(earlier -> DpExample.byId(earlier.get(SHAPE)).openingSample() + 1).check((earlier, n) -> {
        int samples = DpExample.byId(earlier.get(SHAPE)).data().size();
        return n < 1 || n > samples ? "Sample must be a whole number from 1 to " + samples + ", not “" + n + "”." : null;
    });
    static final StateCodec CODEC = StateCodec.of(SHAPE, FILLED, PARAMETER, SAMPLE);

    public static final ExerciseLesson<DpView> EXERCISES = new ExerciseLesson<>("dynamic-programming", CODEC, List.of(Quantity.DELTA),
            DpQuestions::ask);

    public static final Lesson LESSON = new Lesson("/tutorials/dynamic-programming", "Backpropagation is dynamic programming",
            "Fill the table of δ values from the output back to the inputs, and see how much work it saves over tracing every path.",
            EXERCISES, DpPage::of, "pages/dynamicProgramming.jte", "fragments/dpState.jte");

    private static Architecture architecture(Values earlier) {
        return DpExample.byId(earlier.get(SHAPE)).network().architecture();
    }

    /** @param exercise the exercise set, seed and answer; every link keeps the set and seed */
    static DpPage of(Values state, ExerciseRequest exercise) {
        DpView view = DynamicProgrammingLesson.view(new DpState(state.get(SHAPE), state.get(FILLED), state.get(PARAMETER), state.get(SAMPLE) - 1));
        int filled = state.get(FILLED);
        int most = view.maxFilled();
        String carry = exercise.carry();
        String fillNext = filled < most ? LESSON.url(state.with(FILLED, filled + 1)) + carry : null;
        var question = EXERCISES.ask(view, exercise.set(), exercise.seed());
        ExerciseBox box = question == null ? null
                : ExerciseBox.of(question, exercise, LESSON.path(), CODEC.params(state), fillNext, "Fill the next layer");
        return new DpPage(view,
                fillNext,
                filled > 0 ? LESSON.url(state.with(FILLED, filled - 1)) + carry : null,
                filled < most ? LESSON.url(state.with(FILLED, most)) + carry : null,
                filled > 0 ? LESSON.url(state.with(FILLED, 0)) + carry : null,
                LESSON.url(state) + carry,
                box, exercise.carried(), CODEC.params(state, PARAMETER, SAMPLE));
    }

    /**
     * What the live region reads: the verdict on an answer when one was checked, else how full
     * the table is and which layer was filled last.
     */
    @Override
    public String status() {
        if (exercise != null && exercise.announcement() != null) return exercise.announcement();
        int left = view.maxFilled() - view.state().filled();
        if (view.newestLayer() < 0) return "The δ table is empty: " + layers(left) + " to fill.";
        String newest = "Filled " + view.columns().get(view.newestLayer()).title().toLowerCase(Locale.ROOT) + ". ";
        return newest + (view.complete() ? "The table is full: every gradient can be read off." : layers(left) + " left to fill.");
    }

    private static String layers(int n) { return n + (n == 1 ? " layer" : " layers"); }

    /** This network in the playground, every parameter training. */
    public String playgroundUrl() {
        Architecture arch = view.example().network().architecture();
        PlaygroundSetup d = PlaygroundSetup.DEFAULT;
        PlaygroundSetup setup = new PlaygroundSetup(arch.sizes(), arch.hidden(), arch.output(), d.loss(),
                Start.Given.of(view.example().network()), TrainSet.ALL, view.example().data(), d.learningRate(), d.tolerance(), d.maxSteps());
        return PlaygroundLink.url(new PlaygroundState(setup, 0, false));
    }

    /**
     * While the δ question is open, whether a number of the path sum is shown as "?": one computed
     * from the asked δ (Exercise.hides, one rule for every lesson). The path sum is for the
     * question's sample.
     *
     * @param neurons the neurons whose δ the number is part of: a path's, or the parameter's and all after it
     */
    public boolean conceals(Concealable number, List<String> neurons) {
        return exercise != null && exercise.hides(number, view.state().sample(), null, neurons);
    }

    /** The lesson's path: its forms' action. */
    public String path() { return LESSON.path(); }

    /** The sample as the page numbers it, from 1. */
    public int sampleNumber() { return view.state().sample() + 1; }


    /** The first lesson, whose first slope the dosage network's b3 gradient is. */
    public Lesson firstLesson() { return io.stepwise.lessons.lastbias.LastBiasPage.LESSON; }
}
