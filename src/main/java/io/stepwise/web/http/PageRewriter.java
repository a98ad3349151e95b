package io.stepwise.web.http;

import io.stepwise.web.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fits rendered HTML to where it is served. Pages are rendered with root-relative links
 * ("/tutorials/last-bias?…"); under a base path each such link gains the prefix, and in an embed
 * view links to the same lesson stay inside the frame (under /embed) while every other link opens
 * the full site in a new tab, and nothing asks for the focus. Doing it here keeps every handler and template unaware of both.
 */
final class PageRewriter {
    private static final Pattern URL_ATTRIBUTE =
            Pattern.compile("(\\s(?:href|src|action|hx-get|hx-post)=\")(/(?!/)[^\"]*)\"");
    private static final Pattern AUTOFOCUS = Pattern.compile("\\sautofocus(?:=\"[^\"]*\")?(?=[\\s>/])");
    private static final Pattern ANCHOR = Pattern.compile("<a\\s([^>]*?)href=\"(/(?!/)[^\"]*)\"([^>]*)>");

    private PageRewriter() {}

    /**
     * @param basePath "" or a prefix such as "/stepwise"
     * @param embedLesson in an embed view, the lesson path whose links stay in the frame; otherwise null
     */
    static String rewrite(String html, String basePath, String embedLesson) {
        String out = html;
        if (embedLesson != null) {
            // A framed page must not take the focus from the page around it (browsers refuse and complain).
            out = AUTOFOCUS.matcher(retargetAnchors(out, embedLesson)).replaceAll("");
        }
        if (embedLesson != null || !basePath.isEmpty()) out = prefixUrls(out, basePath, embedLesson);
        return out;
    }

    /** A root-relative URL for a header such as Location or HX-Push-Url. */
    static String url(String url, String basePath, String embedLesson) {
        if (url == null || !url.startsWith("/") || url.startsWith("//")) return url;
        return basePath + (staysInFrame(url, embedLesson) ? Paths.EMBED : "") + url;
    }

    private static String retargetAnchors(String html, String lesson) {
        Matcher m = ANCHOR.matcher(html);
        StringBuilder sb = new StringBuilder(html.length() + 256);
        while (m.find()) {
            String tag = m.group();
            if (!staysInFrame(m.group(2), lesson) && !tag.contains(" target=")) {
                int rel = tag.indexOf(" rel=\"");
                if (rel < 0) {
                    tag = tag.substring(0, tag.length() - 1) + " target=\"_blank\" rel=\"noopener\">";
                } else {
                    // A link that already says what it is (rel="next") keeps that and gains noopener: one rel attribute.
                    int end = tag.indexOf('"', rel + 6);
                    tag = tag.substring(0, end) + " noopener" + tag.substring(end, tag.length() - 1) + " target=\"_blank\">";
                }
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(tag));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String prefixUrls(String html, String basePath, String lesson) {
        Matcher m = URL_ATTRIBUTE.matcher(html);
        StringBuilder sb = new StringBuilder(html.length() + 512);
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + url(m.group(2), basePath, lesson) + "\""));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static boolean staysInFrame(String url, String lesson) {
        if (lesson == null) return false;
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        return path.equals(lesson);
    }
}
