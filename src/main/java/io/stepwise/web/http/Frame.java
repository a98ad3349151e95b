package io.stepwise.web.http;

import io.stepwise.web.Paths;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What the layout needs to know about the request it frames: whether this is the embed view,
 * and the absolute URLs of the full page, its embed view and its oEmbed description. Set for
 * the duration of one request, on the thread that renders it.
 */
public record Frame(boolean embed, String pageUrl, String embedUrl, String oembedUrl, String assetVersion, String origin,
                    String basePath) {
    private static final ThreadLocal<Frame> CURRENT = new ThreadLocal<>();
    static final Frame NONE = new Frame(false, "", "", "", Assets.VERSION, "", "");

    /** The frame of the request being rendered on this thread. */
    public static Frame current() {
        Frame f = CURRENT.get();
        return f == null ? NONE : f;
    }

    static void set(Frame frame) { CURRENT.set(frame); }

    static void clear() { CURRENT.remove(); }

    /**
     * @param origin the public scheme and host, e.g. "https://ml.example.edu"
     * @param basePath the base path, e.g. "/stepwise", or ""
     * @param path the request path below the base path, e.g. "/embed/tutorials/last-bias"
     * @param query the raw query string, or null
     */
    static Frame of(String origin, String basePath, String path, String query, boolean embeddable) {
        boolean embed = path.startsWith(Paths.EMBED + "/");
        String pagePath = embed ? path.substring(Paths.EMBED.length()) : path;
        String q = query == null || query.isEmpty() ? "" : "?" + query;
        String site = origin + basePath;
        String page = site + pagePath + q;
        if (!embeddable) return new Frame(false, page, "", "", Assets.VERSION, origin, basePath);
        return new Frame(embed, page, site + Paths.EMBED + pagePath + q,
                site + Paths.OEMBED + "?url=" + URLEncoder.encode(page, StandardCharsets.UTF_8) + "&format=json",
                Assets.VERSION, origin, basePath);
    }

    /** The iframe a course page pastes in to embed this view, with the script that resizes it. */
    public String embedCode() {
        String base = origin + basePath;
        return "<iframe src=\"" + embedUrl.replace("&", "&amp;") + "\" title=\"Stepwise lesson\" width=\"100%\" height=\"900\" "
                + "loading=\"lazy\"></iframe>\n"
                + "<script src=\"" + base + Paths.EMBED_PARENT_SCRIPT + "\" defer></script>";
    }

    public boolean embeddable() { return !embedUrl.isEmpty(); }
}
