package io.stepwise.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

/**
 * Rendered lesson pages by URL. A lesson's whole state is in its URL and rendering is
 * deterministic, so the same request always gets the same HTML: the second student to reach a
 * step is served from memory. Entries hold the finished bytes, plain and (once asked for)
 * gzip-compressed, so a hit neither encodes nor compresses anything (per-request garbage is what
 * lengthens the latency tail under load). Least recently used entries go first once the total passes {@link #MAX_BYTES}.
 */
final class PageCache {
    static final long MAX_BYTES = 32L << 20;
    /** Larger pages (long histories) are rendered each time rather than crowding out the rest. */
    static final int MAX_ENTRY_BYTES = 512 << 10;

    /** One page: its UTF-8 bytes, and the same gzip-compressed once a client asks for that. */
    static final class Entry {
        final byte[] plain;
        private volatile byte[] gzip;

        /** Names these bytes for revalidation: a hash of the content, so a new release gets new tags. */
        final String etag;

        Entry(String html) {
            plain = html.getBytes(StandardCharsets.UTF_8);
            CRC32C crc = new CRC32C();
            crc.update(plain);
            etag = "\"" + Long.toHexString(crc.getValue()) + Integer.toHexString(plain.length) + "\"";
        }

        /** What the entry counts against the cache's budget: the compressed copy is reserved up front. */
        int size() { return plain.length + plain.length / 4; }

        byte[] gzip() {
            byte[] g = gzip;
            if (g == null) gzip = g = compress(plain); // two threads may both compress: same bytes, no harm
            return g;
        }

        /** The page, or 304 when the client's copy is current; with its length, so nothing is sent chunked. */
        void send(Context ctx) {
            ctx.contentType("text/html; charset=utf-8");
            ctx.res().addHeader("Vary", "Accept-Encoding");
            boolean gzipped = acceptsGzip(ctx.header("Accept-Encoding"));
            // The two encodings are different bytes, so they get different tags.
            String tag = gzipped ? etag.substring(0, etag.length() - 1) + "-gz\"" : etag;
            ctx.header("ETag", tag);
            if (matches(ctx.header("If-None-Match"), tag)) {
                ctx.status(304);
                return;
            }
            byte[] body = gzipped ? gzip() : plain;
            // Javalin leaves a response alone once it has a Content-Encoding.
            if (gzipped) ctx.header("Content-Encoding", "gzip");
            ctx.res().setContentLength(body.length);
            ctx.result(body);
        }
    }

    private final LinkedHashMap<String, Entry> pages = new LinkedHashMap<>(256, 0.75f, true);
    private final Settings settings;
    private long bytes;

    PageCache(Settings settings) { this.settings = settings; }

    /** Renders a lesson's HTML for a request, or throws {@link BadRequest}. */
    @FunctionalInterface
    interface Renderer {
        String render(Context ctx) throws Exception;
    }

    /** A handler that answers from the cache when it can, and renders and keeps the page when it cannot. */
    Handler around(Renderer renderer) {
        return ctx -> {
            String key = key(ctx);
            Entry hit = get(key);
            if (hit == null) {
                hit = new Entry(Framing.fitBody(ctx, settings, renderer.render(ctx)));
                if (ctx.statusCode() == 200 && ctx.res().getHeader("HX-Push-Url") == null && hit.plain.length <= MAX_ENTRY_BYTES) {
                    put(key, hit);
                }
            } else {
                Htmx.wantsFragment(ctx);
            }
            Framing.markFitted(ctx);
            hit.send(ctx);
        };
    }

    /** Everything a lesson's HTML depends on: the origin (in absolute links), the path, the query and fragment or page. */
    private static String key(Context ctx) {
        return Frame.current().origin() + "|" + ctx.path() + "?" + ctx.queryString() + "|" + Htmx.wantsFragment(ctx);
    }

    /** Whether an If-None-Match header names the tag (weakly: a W/ prefix is ignored) or is "*". */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) return false;
        for (String part : ifNoneMatch.split(",")) {
            String t = part.trim();
            if (t.startsWith("W/")) t = t.substring(2);
            if (t.equals(tag) || t.equals("*")) return true;
        }
        return false;
    }

    /** True when the header names gzip (or "*") without refusing it with q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) return false;
        Boolean gzip = null;
        boolean any = false;
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.split(";");
            String coding = p[0].trim();
            boolean refused = false;
            for (int i = 1; i < p.length; i++) refused |= p[i].replace(" ", "").matches("q=0(\\.0{0,3})?");
            if (coding.equalsIgnoreCase("gzip")) gzip = !refused;
            else if (coding.equals("*")) any = !refused;
        }
        return gzip != null ? gzip : any;
    }

    private static byte[] compress(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        // zlib's default level: level 9 takes twice as long for 1 % fewer bytes here.
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private synchronized Entry get(String key) { return pages.get(key); }

    private synchronized void put(String key, Entry entry) {
        Entry old = pages.put(key, entry);
        bytes += entry.size() - (old == null ? 0 : old.size());
        Iterator<Map.Entry<String, Entry>> eldest = pages.entrySet().iterator();
        while (bytes > MAX_BYTES && eldest.hasNext()) {
            bytes -= eldest.next().getValue().size();
            eldest.remove();
        }
    }
}
