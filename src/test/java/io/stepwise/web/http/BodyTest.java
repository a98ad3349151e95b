package io.stepwise.web.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.decoder.BrotliInputStream;
import io.stepwise.web.http.Body.Encoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Which encoding a body goes out with, and that every copy holds the same bytes. */
class BodyTest {
    private static final byte[] TEXT = "<p>The slope of the loss with respect to b3.</p>\n".repeat(40).getBytes(StandardCharsets.UTF_8);

    /** The plain bytes a copy decodes to. */
    private static byte[] decode(Encoding encoding, byte[] bytes) throws IOException {
        try (InputStream in = switch (encoding) {
            case BR -> new BrotliInputStream(new ByteArrayInputStream(bytes));
            case GZIP -> new GZIPInputStream(new ByteArrayInputStream(bytes));
            case IDENTITY -> new ByteArrayInputStream(bytes);
        }) {
            return in.readAllBytes();
        }
    }

    @Test
    void brotli_loads_here() {
        BrotliHere.assume();
        assertTrue(Brotli.available(), Brotli.describe());
    }

    @Test
    void brotli_is_preferred_then_gzip_then_the_plain_bytes() {
        BrotliHere.assume();
        Body body = new Body(TEXT, Brotli.PAGE_QUALITY);
        assertEquals(Encoding.BR, body.encoding("gzip, deflate, br, zstd"));
        assertEquals(Encoding.BR, body.encoding("gzip;q=1.0, br;q=0.5"), "the server's preference among those accepted");
        assertEquals(Encoding.BR, body.encoding("*"));
        assertEquals(Encoding.GZIP, body.encoding("gzip, deflate"));
        assertEquals(Encoding.GZIP, body.encoding("br;q=0, gzip"));
        assertEquals(Encoding.GZIP, body.encoding("*, br;q=0.000"));
        assertEquals(Encoding.IDENTITY, body.encoding("br;q=0, gzip;q=0, identity"));
        assertEquals(Encoding.IDENTITY, body.encoding("deflate"));
        assertEquals(Encoding.IDENTITY, body.encoding(null));
        assertEquals(Encoding.IDENTITY, new Body(new byte[Body.MIN_GZIP_BYTES - 1], Brotli.PAGE_QUALITY).encoding("br, gzip"), "too small to gain");
    }

    @Test
    void without_brotli_a_client_that_accepts_it_gets_gzip() throws IOException {
        Body body = new Body(TEXT, Body.NO_BROTLI);
        assertEquals(Encoding.GZIP, body.encoding("gzip, deflate, br"));
        assertEquals(Encoding.IDENTITY, body.encoding("br"));
        assertArrayEquals(TEXT, decode(Encoding.GZIP, body.bytes(Encoding.GZIP)));
        if (BrotliHere.loaded()) assertTrue(body.size() < new Body(TEXT, Brotli.PAGE_QUALITY).size(), "no room kept for a copy never made");
    }

    @Test
    void every_copy_decodes_to_the_plain_bytes_and_has_its_own_tag() throws IOException {
        BrotliHere.assume();
        for (int quality : new int[] {Brotli.PAGE_QUALITY, Brotli.STATIC_QUALITY}) {
            Body body = new Body(TEXT, quality);
            for (Encoding encoding : Encoding.values()) {
                assertArrayEquals(TEXT, decode(encoding, body.bytes(encoding)), encoding + " at " + quality);
            }
            assertTrue(body.bytes(Encoding.BR).length < body.bytes(Encoding.GZIP).length, "Brotli is the smaller");
            assertEquals(3, Set.of(body.etag(Encoding.BR), body.etag(Encoding.GZIP), body.etag(Encoding.IDENTITY)).size());
            assertTrue(body.etag(Encoding.BR).endsWith("-br\""));
        }
        assertNotEquals(new Body(TEXT, Brotli.PAGE_QUALITY).etag(Encoding.BR), new Body("other".repeat(99).getBytes(StandardCharsets.UTF_8), Brotli.PAGE_QUALITY).etag(Encoding.BR));
    }

    @Test
    void accept_encoding_names_each_coding_or_the_wildcard() {
        assertTrue(Body.accepts("gzip, deflate, br", "br"));
        assertTrue(Body.accepts("BR;q=0.1", "br"));
        assertFalse(Body.accepts("gzip", "br"));
        assertFalse(Body.accepts("br; q=0", "br"));
        assertFalse(Body.accepts("*;q=0", "br"));
    }
}
