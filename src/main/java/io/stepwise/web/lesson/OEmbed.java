package io.stepwise.web.lesson;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.stepwise.web.Paths;
import io.stepwise.web.api.JsonBody;
import io.stepwise.web.http.BadRequest;
import io.stepwise.web.http.Framing;
import io.stepwise.web.http.PublicAddress;
import io.stepwise.web.http.Settings;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * GET /oembed?url=…&format=json: the oEmbed description (type "rich") of a lesson URL on this
 * site, so a course platform that speaks oEmbed turns a pasted link into the embedded lesson.
 */
public final class OEmbed {
    static final int WIDTH = 800;
    static final int HEIGHT = 900;

    private OEmbed() {}

    public static void handle(Context ctx, Settings settings) {
        String format = ctx.queryParam("format");
        if (format != null && !format.equals("json")) {
            // The oEmbed spec asks for 501 when a format is not offered.
            JsonBody.sendError(ctx, 501, "Only format=json is offered.", "format");
            return;
        }
        String url = ctx.queryParam("url");
        if (url == null || url.isBlank()) throw new BadRequest("url", "Give the lesson’s address in url=…");
        if (url.length() > 4_000) throw new BadRequest("url", "The url is too long.");
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new BadRequest("url", "The url is not a valid address.");
        }
        PublicAddress address = Framing.address(ctx, settings);
        String origin = address.origin() + address.basePath();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        // Only this site's own addresses: describing any other host's URL would vouch for it.
        boolean here = sameOrigin(uri, address.origin()) && path.startsWith(address.basePath() + "/");
        Lessons.Listing listing = here ? Lessons.at(path.substring(address.basePath().length())) : null;
        if (listing == null) {
            JsonBody.sendError(ctx, 404, "That address is not a Stepwise lesson this site can embed.", "url");
            return;
        }
        path = path.substring(address.basePath().length());
        int width = bounded(ctx.queryParam("maxwidth"), WIDTH);
        int height = bounded(ctx.queryParam("maxheight"), HEIGHT);
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String src = origin + Paths.EMBED + path + query;
        ObjectNode body = JsonBody.MAPPER.createObjectNode();
        body.put("version", "1.0");
        body.put("type", "rich");
        body.put("title", listing.title());
        body.put("provider_name", "Stepwise");
        body.put("provider_url", origin + "/");
        body.put("width", width);
        body.put("height", height);
        body.put("html", "<iframe src=\"" + src.replace("&", "&amp;").replace("\"", "&quot;") + "\" width=\"" + width
                + "\" height=\"" + height + "\" title=\"" + listing.title() + "\" loading=\"lazy\"></iframe>"
                + "<script src=\"" + origin + Paths.EMBED_PARENT_SCRIPT + "\" defer></script>");
        body.put("cache_age", 86_400);
        JsonBody.send(ctx, body);
    }

    /** Scheme and host:port equal, a default port written or not. */
    static boolean sameOrigin(URI uri, String origin) {
        if (uri.getScheme() == null || uri.getRawAuthority() == null) return false;
        return normal(uri.getScheme() + "://" + uri.getRawAuthority()).equals(normal(origin));
    }

    private static String normal(String origin) {
        String o = origin.toLowerCase(java.util.Locale.ROOT);
        if (o.startsWith("https://") && o.endsWith(":443")) return o.substring(0, o.length() - 4);
        if (o.startsWith("http://") && o.endsWith(":80")) return o.substring(0, o.length() - 3);
        return o;
    }

    private static int bounded(String raw, int fallback) {
        if (raw == null || !raw.matches("\\d{1,5}")) return fallback;
        return Math.max(200, Math.min(fallback, Integer.parseInt(raw)));
    }
}
