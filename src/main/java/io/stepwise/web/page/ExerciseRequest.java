package io.stepwise.web.page;

import io.javalin.http.Context;
import io.stepwise.exercise.ExerciseCatalog;
import io.stepwise.exercise.ExerciseLesson;
import io.stepwise.exercise.ExerciseSet;
import io.stepwise.lesson.Param;
import io.stepwise.web.Paths;
import io.stepwise.web.http.BadRequest;
import io.stepwise.web.http.QueryParams;
import java.util.ArrayList;
import java.util.List;

/**
 * The exercise part of a lesson URL: the instructor's set (set=…), the seed a class shares
 * (seed=…), and the student's answer, hint and reveal. The set and seed travel with every link of
 * the lesson; the answer, hint and reveal belong to one step only.
 *
 * @param seed null when the URL gives none: the questions then follow the steps in order
 * @param answer the text as typed, or null when nothing was submitted
 */
public record ExerciseRequest(ExerciseSet set, Long seed, String answer, boolean hint, boolean reveal) {
    public static final int MAX_SEED = 999_999_999;

    /** No set, seed or answer: the lesson's built-in questions. */
    public static ExerciseRequest none(ExerciseLesson<?> lesson) {
        return new ExerciseRequest(ExerciseSet.builtIn(lesson), null, null, false, false);
    }

    public static ExerciseRequest parse(Context ctx, ExerciseCatalog catalog, ExerciseLesson<?> lesson) {
        QueryParams q = new QueryParams(ctx);
        int seed = q.count(Paths.Q_SEED, "Seed", -1, MAX_SEED);
        String id = q.text(Paths.Q_SET, null);
        ExerciseSet set = catalog.builtIn(lesson);
        if (id != null) {
            set = catalog.find(id);
            List<String> ids = catalog.sets().values().stream().filter(s -> s.lesson() == lesson).map(ExerciseSet::id).toList();
            String known = ids.isEmpty() ? "This lesson has no exercise sets besides its own."
                    : "The sets for this lesson are " + String.join(", ", ids) + ".";
            if (set == null) throw new BadRequest(Paths.Q_SET, "There is no exercise set “" + id + "”. " + known);
            if (set.lesson() != lesson) {
                throw new BadRequest(Paths.Q_SET, "The exercise set “" + id + "” is for the " + set.lesson().id() + " lesson. " + known);
            }
        }
        // The answer is read as typed: whatever it holds, the exercise explains, never an error page.
        String answer = ctx.queryParam(Paths.Q_ANSWER);
        return new ExerciseRequest(set, seed < 0 ? null : (long) seed, answer,
                q.flag(Paths.Q_HINT, "Hint"), q.flag(Paths.Q_REVEAL, "Reveal"));
    }

    /** The parameters every link of the lesson keeps: seed and set, when given. */
    public List<Param> carried() {
        List<Param> fields = new ArrayList<>();
        if (seed != null) fields.add(new Param(Paths.Q_SEED, Long.toString(seed)));
        if (!set.isBuiltIn()) fields.add(new Param(Paths.Q_SET, set.id()));
        return fields;
    }

    /** {@link #carried()} as a query-string tail, "&seed=…&set=…", or "". */
    public String carry() {
        StringBuilder b = new StringBuilder();
        for (Param f : carried()) b.append('&').append(f.name()).append('=').append(f.value());
        return b.toString();
    }
}
