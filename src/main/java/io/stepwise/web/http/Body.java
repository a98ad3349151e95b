package io.stepwise.web.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

/**
 * A response body kept in memory and sent many times: its bytes, a Brotli and a gzip copy each made
 * the first time a client asks for one, and a tag for each for revalidation. Sending one neither
 * encodes nor compresses anything (per-request garbage is what lengthens the latency tail under load).
 * Brotli goes to clients that accept it (every current browser, over HTTPS), gzip to the others.
 */
public final class Body {
    /** Below this, gzip saves less than its own overhead is worth. */
    public static final int MIN_GZIP_BYTES = 256;
    /** A quality that makes no Brotli copy: gzip only, as where the native library cannot load. */
    static final int NO_BROTLI = -1;

    /** How a body goes out, in order of preference. */
    enum Encoding { BR, GZIP, IDENTITY }

    final byte[] plain;
    /** A hash of the content, so a new release gets new tags; each compressed copy is other bytes, so it has its own. */
    final String etag;
    private final String gzipEtag;
    private final String brotliEtag;
    /** The Brotli quality, or {@link #NO_BROTLI}. */
    private final int brotliQuality;
    private volatile byte[] gzip;
    private volatile byte[] brotli;

    /** @param brotliQuality {@link Brotli#STATIC_QUALITY}, {@link Brotli#PAGE_QUALITY}, {@link Brotli#ENTRY_QUALITY}, or {@link #NO_BROTLI} */
    Body(byte[] plain, int brotliQuality) {
        this.plain = plain;
        this.brotliQuality = Brotli.available() ? brotliQuality : NO_BROTLI;
        CRC32C crc = new CRC32C();
        crc.update(plain);
        String hash = Long.toHexString(crc.getValue()) + Integer.toHexString(plain.length);
        etag = "\"" + hash + "\"";
        gzipEtag = "\"" + hash + "-gz\"";
        brotliEtag = "\"" + hash + "-br\"";
    }

    /** What the body counts against a cache's budget: the compressed copies are reserved up front. */
    int size() { return plain.length + plain.length / (brotliQuality == NO_BROTLI ? 4 : 2); }

    byte[] gzip() {
        byte[] g = gzip;
        if (g == null) gzip = g = compress(plain); // two threads may both compress: same bytes, no harm
        return g;
    }

    byte[] brotli() {
        byte[] b = brotli;
        if (b == null) brotli = b = Brotli.compress(plain, brotliQuality); // as for gzip: a race only repeats the work
        return b;
    }

    /** What to send for an Accept-Encoding header: Brotli if accepted and made, else gzip if accepted, else the plain bytes. */
    Encoding encoding(String acceptEncoding) {
        if (plain.length < MIN_GZIP_BYTES) return Encoding.IDENTITY;
        if (brotliQuality != NO_BROTLI && accepts(acceptEncoding, "br")) return Encoding.BR;
        return accepts(acceptEncoding, "gzip") ? Encoding.GZIP : Encoding.IDENTITY;
    }

    byte[] bytes(Encoding encoding) {
        return switch (encoding) {
            case BR -> brotli();
            case GZIP -> gzip();
            case IDENTITY -> plain;
        };
    }

    String etag(Encoding encoding) {
        return switch (encoding) {
            case BR -> brotliEtag;
            case GZIP -> gzipEtag;
            case IDENTITY -> etag;
        };
    }

    /** The body, or 304 when the client's copy is current; with its length, so nothing is sent chunked. */
    void send(Context ctx, String contentType) {
        ctx.contentType(contentType);
        ctx.res().addHeader("Vary", "Accept-Encoding");
        Encoding encoding = encoding(ctx.header("Accept-Encoding"));
        String tag = etag(encoding);
        ctx.header("ETag", tag);
        if (matches(ctx.header("If-None-Match"), tag)) {
            ctx.status(304);
            return;
        }
        byte[] body = bytes(encoding);
        // Javalin leaves a response alone once it has a Content-Encoding.
        if (encoding == Encoding.BR) ctx.header("Content-Encoding", "br");
        else if (encoding == Encoding.GZIP) ctx.header("Content-Encoding", "gzip");
        ctx.res().setContentLength(body.length);
        ctx.attribute(PENDING, body);
    }

    /** The bytes {@link #send} chose, waiting for {@link #writePending}. */
    private static final String PENDING = Body.class.getName() + ".pending";

    /**
     * The last after-handler: writes the body {@link #send} chose once every other after-handler
     * has set its headers, straight to the servlet's stream. A result handed to Javalin is first
     * copied through a fresh 32 KB buffer and its compressing stream. The writes are at most the
     * response buffer's size each, as Javalin's are. Nothing is written for HEAD, or when an
     * exception handler answered instead.
     */
    public static void writePending(Context ctx) {
        byte[] body = ctx.attribute(PENDING);
        if (body == null || ctx.result() != null || ctx.method() == HandlerType.HEAD) return;
        try {
            OutputStream out = ctx.res().getOutputStream();
            int most = Math.max(ctx.res().getBufferSize(), 4096);
            for (int from = 0; from < body.length; from += most) out.write(body, from, Math.min(most, body.length - from));
        } catch (IOException e) {
            // The client went away; there is no one left to answer.
        }
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
    public static boolean acceptsGzip(String acceptEncoding) { return accepts(acceptEncoding, "gzip"); }

    /** True when the header names the coding (or "*") without refusing it with q=0. */
    static boolean accepts(String acceptEncoding, String wanted) {
        if (acceptEncoding == null) return false;
        Boolean named = null;
        boolean any = false;
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.split(";");
            String coding = p[0].trim();
            boolean refused = false;
            for (int i = 1; i < p.length; i++) refused |= p[i].replace(" ", "").matches("q=0(\\.0{0,3})?");
            if (coding.equalsIgnoreCase(wanted)) named = !refused;
            else if (coding.equals("*")) any = !refused;
        }
        return named != null ? named : any;
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
