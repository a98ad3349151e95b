package io.stepwise.web.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

/**
 * A response body kept in memory and sent many times: its bytes, a gzip copy made the first time
 * a client asks for one, and a tag for revalidation. Sending one neither encodes nor compresses
 * anything (per-request garbage is what lengthens the latency tail under load).
 */
public final class Body {
    /** Below this, gzip saves less than its own overhead is worth. */
    public static final int MIN_GZIP_BYTES = 256;

    final byte[] plain;
    /** A hash of the content, so a new release gets new tags; the gzip copy is other bytes, so it has its own. */
    final String etag;
    private final String gzipEtag;
    private volatile byte[] gzip;

    Body(byte[] plain) {
        this.plain = plain;
        CRC32C crc = new CRC32C();
        crc.update(plain);
        String hash = Long.toHexString(crc.getValue()) + Integer.toHexString(plain.length);
        etag = "\"" + hash + "\"";
        gzipEtag = "\"" + hash + "-gz\"";
    }

    /** What the body counts against a cache's budget: the compressed copy is reserved up front. */
    int size() { return plain.length + plain.length / 4; }

    byte[] gzip() {
        byte[] g = gzip;
        if (g == null) gzip = g = compress(plain); // two threads may both compress: same bytes, no harm
        return g;
    }

    /** The body, or 304 when the client's copy is current; with its length, so nothing is sent chunked. */
    void send(Context ctx, String contentType) {
        ctx.contentType(contentType);
        ctx.res().addHeader("Vary", "Accept-Encoding");
        boolean gzipped = plain.length >= MIN_GZIP_BYTES && acceptsGzip(ctx.header("Accept-Encoding"));
        String tag = gzipped ? gzipEtag : etag;
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

    /** Whether an If-None-Match header names the tag (weakly: a W/ prefix is ignored) or is "*". */
    public static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) return false;
        for (String part : ifNoneMatch.split(",")) {
            String t = part.trim();
            if (t.startsWith("W/")) t = t.substring(2);
            if (t.equals(tag) || t.equals("*")) return true;
        }
        return false;
    }

    /** True when the header names gzip (or "*") without refusing it with q=0. */
    public static boolean acceptsGzip(String acceptEncoding) {
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
}
