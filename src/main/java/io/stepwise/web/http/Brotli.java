package io.stepwise.web.http;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Brotli through brotli4j's native library, where one loads (the build bundles Linux, macOS and
 * Windows ones). Where none does, {@link #available()} is false and bodies go out with gzip as before.
 */
public final class Brotli {
    /** A static file is compressed once, so the smallest output is worth its 30–80 ms. */
    static final int STATIC_QUALITY = 11;
    /**
     * A page is compressed once per cache entry, and on every miss of a page not kept: quality 5
     * takes what gzip does (under 1 ms for 44 KB) and is 7–12 % smaller; 6–8 save under 1.5 % more
     * for up to 40 % more time, and 9–11 take 15 to 100 times as long.
     */
    static final int PAGE_QUALITY = 5;
    /**
     * A page without a query (a lesson's start, the home page) is nearly everyone's first load and
     * is compressed once per instance, as it stays cached: quality 11 takes 9–11 % off its bytes
     * for 10–30 ms once (on two idle cores; 30–90 ms under load).
     */
    static final int ENTRY_QUALITY = 11;
    /** Null once the library has loaded, else why it did not. */
    private static final Throwable PROBLEM = load();

    private Brotli() {}

    static boolean available() { return PROBLEM == null; }

    /** For the start-up log: which encodings bodies can be sent with. */
    public static String describe() {
        return available() ? "br, gzip" : "gzip (Brotli unavailable: " + PROBLEM + ")";
    }

    static byte[] compress(byte[] plain, int quality) {
        try {
            return Encoder.compress(plain, new Encoder.Parameters().setQuality(quality));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Throwable load() {
        try {
            return Brotli4jLoader.isAvailable() ? null : Brotli4jLoader.getUnavailabilityCause();
        } catch (Throwable e) { // a missing class or an unloadable library: either way, gzip
            return e;
        }
    }
}
