package io.stepwise.web.lesson;

import io.stepwise.exercise.ExerciseLesson;
import io.stepwise.web.Paths;
import io.javalin.http.Context;
import io.stepwise.web.http.Frame;
import io.stepwise.web.http.Framing;
import io.stepwise.web.http.Settings;
import io.stepwise.web.http.Views;
import java.util.ArrayList;
import java.util.List;
import io.stepwise.web.page.Lesson;
import io.stepwise.lessons.allparameters.AllParametersPage;
import io.stepwise.lessons.dp.DpPage;
import io.stepwise.lessons.lastbias.LastBiasPage;

/**
 * Every lesson, in the order they are meant to be taken: the one list that routes, the home page,
 * the embed views, oEmbed titles and the exercise files' lesson ids are read from.
 */
public final class Lessons {
    public static final List<Lesson> ALL = List.of(LastBiasPage.LESSON, AllParametersPage.LESSON, DpPage.LESSON);

    /** A page the home page lists and course sites can embed: each lesson, then the playground. */
    public record Listing(String title, String path, String summary) {}

    public static final List<Listing> LISTED = listed();

    private Lessons() {}

    /** The lessons' exercise ids and quantities, for reading exercise files. */
    public static List<ExerciseLesson<?>> exercises() { return ALL.stream().map(Lesson::exercises).toList(); }

    /** The listing at this path, or null. */
    static Listing at(String path) {
        for (Listing l : LISTED) if (l.path().equals(path)) return l;
        return null;
    }

    /** The frame a page at this request's path is drawn in: the full page or its embed view, and its embed code. */
    public static Frame frame(Context ctx, Settings settings) { return Framing.frame(ctx, settings, path -> at(path) != null); }

    /**
     * A fragment as the page it updates needs it: in an embed view, with the link to the full page
     * of the new state out of band, so that it follows each step taken inside the frame.
     */
    static CharSequence fragment(Views views, Context ctx, Settings settings, CharSequence html) {
        if (!Framing.isEmbed(ctx)) return html; // no frame to make (its URLs cost more than the test)
        return html.toString() + views.render("fragments/fullLessonLink.jte", new FullLessonLink(frame(ctx, settings), true));
    }

    /** A lesson's neighbours in {@link #ALL}, for its previous and next links; null at either end. */
    public record Neighbours(Lesson previous, Lesson next) {}

    public static Neighbours around(Lesson lesson) {
        int i = ALL.indexOf(lesson);
        return new Neighbours(i > 0 ? ALL.get(i - 1) : null, i + 1 < ALL.size() ? ALL.get(i + 1) : null);
    }

    private static List<Listing> listed() {
        List<Listing> out = new ArrayList<>();
        for (Lesson l : ALL) out.add(new Listing(l.title(), l.path(), l.summary()));
        out.add(new Listing("Playground", Paths.PLAYGROUND, "Your own network and data: choose the layers, activations, loss, start values "
                + "and data, then step through the descent with every table and picture of the lessons."));
        return List.copyOf(out);
    }
}
