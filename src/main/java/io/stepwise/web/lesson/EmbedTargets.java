package io.stepwise.web.lesson;

/** The pages that have an embed view, with the titles oEmbed gives them: every listed page. */
public final class EmbedTargets {
    private EmbedTargets() {}

    public static boolean isEmbeddable(String path) { return Lessons.at(path) != null; }

    /** The title oEmbed gives the page at this path, or null when it has no embed view. */
    static String title(String path) {
        Lessons.Listing l = Lessons.at(path);
        return l == null ? null : l.title();
    }
}
