package io.stepwise.web.http;

import io.stepwise.web.Paths;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What the layout needs to know about the request it frames: whether this is the embed view,
 * and the absolute URLs of the full page, its embed view and its oEmbed description. Each page
 * template receives it with its model ({@link Framed}) and passes it to the layout.
 */
public record Frame(boolean embed, String pageUrl, String embedUrl, String oembedUrl, String assetVersion, String origin,
                    String basePath) {
    /** The frame of a page rendered outside any route (Jetty's own error pages): no embed view, no absolute links. */
    static final Frame NONE = new Frame(false, "", "", "", Assets.VERSION, "", "");

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
