package io.stepwise.web.lesson;

import io.javalin.http.Context;
import io.stepwise.exercise.ExerciseCatalog;
import io.stepwise.lesson.Values;
import io.stepwise.web.http.Framed;
import io.stepwise.web.http.Htmx;
import io.stepwise.web.http.Settings;
import io.stepwise.web.http.Status;
import io.stepwise.web.http.Views;
import io.stepwise.web.page.ExerciseRequest;
import io.stepwise.web.page.Lesson;
import io.stepwise.web.page.LessonPage;

/**
 * GET of any lesson: parse its state, build its page model, and render the whole page, or with
 * HX-Request the fragment the page includes and the status line out of band.
 */
public final class LessonHandler {
    private final Views views;
    private final ExerciseCatalog exercises;
    private final Lesson lesson;
    private final Settings settings;

    public LessonHandler(Views views, ExerciseCatalog exercises, Lesson lesson, Settings settings) {
        this.views = views;
        this.exercises = exercises;
        this.lesson = lesson;
        this.settings = settings;
    }

    public CharSequence render(Context ctx) {
        ExerciseRequest exercise = ExerciseRequest.parse(ctx, exercises, lesson.exercises());
        Values state = lesson.codec().parse(new QueryFields(ctx), exercise.set().start());
        LessonPage page = lesson.builder().page(state, exercise);
        if (Htmx.wantsFragment(ctx)) {
            return Lessons.fragment(views, ctx, settings,
                    views.html(lesson.fragment(), page, "fragments/status.jte", Status.outOfBand(page.status())));
        }
        return views.html(lesson.template(), new Framed<>(Lessons.frame(ctx, settings), page));
    }
}
