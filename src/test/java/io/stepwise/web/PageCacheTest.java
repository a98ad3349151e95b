package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.decoder.BrotliInputStream;
import com.aayushatharva.brotli4j.encoder.Encoder;
import io.stepwise.web.http.Body;
import io.stepwise.web.http.BrotliHere;
import io.stepwise.web.http.Settings;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Cached lesson pages must be exactly what rendering would give, never another request's page. */
class PageCacheTest extends ServerTest {

    @Test
    void a_repeated_request_gets_the_same_page_and_fragment() {
        String page = server.get("/tutorials/last-bias?steps=4").body();
        String fragment = server.get("/tutorials/last-bias?steps=4", "HX-Request", "true").body();
        assertTrue(page.contains("<html"));
        assertFalse(fragment.contains("<html"));
        assertEquals(page, server.get("/tutorials/last-bias?steps=4").body());
        assertEquals(fragment, server.get("/tutorials/last-bias?steps=4", "HX-Request", "true").body());
        assertTrue(TestServer.vary(server.get("/tutorials/last-bias?steps=4")).contains("HX-Request"));
    }

    @Test
    void a_history_restore_after_a_cached_fragment_still_gets_the_page() {
        server.get("/tutorials/dynamic-programming?filled=1", "HX-Request", "true");
        String restore = server.get("/tutorials/dynamic-programming?filled=1", "HX-Request", "true", "HX-History-Restore-Request", "true").body();
        assertTrue(restore.contains("<html"));
    }

    @Test
    void pages_for_different_hosts_are_kept_apart() {
        String a = server.get("/tutorials/all-parameters?steps=2", "X-Forwarded-Host", "a.example.edu").body();
        String b = server.get("/tutorials/all-parameters?steps=2", "X-Forwarded-Host", "b.example.edu").body();
        assertTrue(a.contains("a.example.edu/embed/tutorials/all-parameters?steps=2"));
        assertTrue(b.contains("b.example.edu/embed/tutorials/all-parameters?steps=2"));
        assertFalse(b.contains("a.example.edu"));
    }

    @Test
    void errors_are_not_cached() {
        assertEquals(400, server.get("/tutorials/last-bias?steps=x").statusCode());
        assertEquals(400, server.get("/tutorials/last-bias?steps=x").statusCode());
    }

    @Test
    void a_cached_page_is_sent_gzip_compressed_to_clients_that_accept_it() throws Exception {
        String url = "/tutorials/last-bias?steps=3";
        String plain = server.get(url).body();
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> zipped = server.getBytes(url, "Accept-Encoding", "br;q=0, gzip;q=0.8");
            assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
            assertTrue(TestServer.vary(zipped).contains("Accept-Encoding"));
            assertTrue(zipped.body().length < plain.length() / 3, "compressed " + zipped.body().length);
            try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                assertEquals(plain, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        HttpResponse<byte[]> refused = server.getBytes(url, "Accept-Encoding", "gzip;q=0, identity");
        assertTrue(refused.headers().firstValue("Content-Encoding").isEmpty());
        assertEquals(plain, new String(refused.body(), StandardCharsets.UTF_8));
    }

    @Test
    void a_cached_page_is_sent_brotli_compressed_to_browsers_with_its_own_tag() throws Exception {
        BrotliHere.assume();
        String url = "/tutorials/all-parameters?steps=2";
        String plain = server.get(url).body();
        String gzipTag = server.getBytes(url, "Accept-Encoding", "gzip").headers().firstValue("ETag").orElseThrow();
        String brTag = null;
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> br = server.getBytes(url, "Accept-Encoding", "gzip, deflate, br, zstd");
            assertEquals("br", br.headers().firstValue("Content-Encoding").orElse(""));
            assertTrue(TestServer.vary(br).contains("Accept-Encoding"));
            assertEquals(Long.toString(br.body().length), br.headers().firstValue("Content-Length").orElse(""));
            try (var in = new BrotliInputStream(new ByteArrayInputStream(br.body()))) {
                assertEquals(plain, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            brTag = br.headers().firstValue("ETag").orElseThrow();
        }
        assertFalse(brTag.equals(gzipTag), "Brotli bytes are another representation");
        assertEquals(304, server.getBytes(url, "Accept-Encoding", "br", "If-None-Match", brTag).statusCode());
        assertEquals(200, server.getBytes(url, "Accept-Encoding", "gzip", "If-None-Match", brTag).statusCode());
        assertEquals(200, server.getBytes(url, "Accept-Encoding", "br", "If-None-Match", gzipTag).statusCode());
    }

    @Test
    void a_lesson_start_everyone_loads_first_is_compressed_harder_than_a_step() throws Exception {
        BrotliHere.assume();
        for (String url : new String[] {"/tutorials/all-parameters", "/tutorials/all-parameters?steps=1"}) {
            byte[] plain = server.get(url).body().getBytes(StandardCharsets.UTF_8);
            byte[] sent = server.getBytes(url, "Accept-Encoding", "gzip, deflate, br, zstd").body();
            int quality = url.contains("?") ? 5 : 11;
            assertEquals(Encoder.compress(plain, new Encoder.Parameters().setQuality(quality)).length, sent.length, url);
        }
    }

    @Test
    void if_none_match_is_read_as_http_defines_it() {
        assertTrue(Body.matches("\"a1\"", "\"a1\""));
        assertTrue(Body.matches("\"x\", W/\"a1\"", "\"a1\""));
        assertTrue(Body.matches("*", "\"a1\""));
        assertFalse(Body.matches(null, "\"a1\""));
        assertFalse(Body.matches("\"a1-gz\"", "\"a1\""));
    }

    @Test
    void accept_encoding_is_read_as_http_defines_it() {
        assertTrue(Body.acceptsGzip("gzip"));
        assertTrue(Body.acceptsGzip("deflate, GZIP;q=0.5"));
        assertTrue(Body.acceptsGzip("*"));
        assertFalse(Body.acceptsGzip(null));
        assertFalse(Body.acceptsGzip("br, identity"));
        assertFalse(Body.acceptsGzip("gzip;q=0"));
        assertFalse(Body.acceptsGzip("*, gzip; q=0.000"));
        assertFalse(Body.acceptsGzip("*;q=0"));
    }

    @Test
    void cached_pages_keep_their_links_fitted_to_the_base_path_and_the_embed_view() {
        try (TestServer hosted = new TestServer(new Settings("127.0.0.1", 0, "/stepwise", "", java.util.List.of()))) {
            String first = hosted.get("/stepwise/embed/tutorials/last-bias?steps=2").body();
            assertEquals(first, hosted.get("/stepwise/embed/tutorials/last-bias?steps=2").body());
            assertTrue(first.contains("href=\"/stepwise/embed/tutorials/last-bias?"), "links stay in the frame");
            assertTrue(first.contains("target=\"_blank\""), "other links open the site");
            String page = hosted.get("/stepwise/tutorials/last-bias?steps=2").body();
            assertEquals(page, hosted.get("/stepwise/tutorials/last-bias?steps=2").body());
            assertTrue(page.contains("href=\"/stepwise/tutorials/last-bias?"));
            assertFalse(page.contains("href=\"/tutorials/"));
        }
    }

    @Test
    void pages_carry_a_length_and_a_tag_that_revalidates_to_304() {
        String url = "/tutorials/dynamic-programming?filled=2";
        HttpResponse<byte[]> first = server.getBytes(url);
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(Long.toString(first.body().length), first.headers().firstValue("Content-Length").orElse(""));
        assertTrue(first.headers().firstValue("Transfer-Encoding").isEmpty());
        assertEquals(tag, server.getBytes(url).headers().firstValue("ETag").orElse(""), "the same page, the same tag");

        HttpResponse<byte[]> unchanged = server.getBytes(url, "If-None-Match", tag);
        assertEquals(304, unchanged.statusCode());
        assertEquals(0, unchanged.body().length);
        assertEquals(200, server.getBytes(url, "If-None-Match", "\"other\"").statusCode());

        HttpResponse<byte[]> zipped = server.getBytes(url, "Accept-Encoding", "gzip");
        String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
        assertFalse(zippedTag.equals(tag), "gzip bytes are another representation");
        assertEquals(304, server.getBytes(url, "Accept-Encoding", "gzip", "If-None-Match", zippedTag).statusCode());
        assertEquals(200, server.getBytes(url, "If-None-Match", zippedTag).statusCode());
        assertFalse(tag.equals(server.getBytes(url + "&sample=2").headers().firstValue("ETag").orElse(tag)));
    }

    @Test
    void a_shared_playground_link_is_computed_once_and_a_bad_one_is_never_kept() {
        String url = "/playground?layers=2-3-1&act=tanh&out=sigmoid&loss=mse&seed=7&lr=0.5&steps=40&data=0,0,0;0,1,1;1,0,1;1,1,0";
        HttpResponse<String> first = server.get(url);
        assertEquals(200, first.statusCode());
        HttpResponse<String> again = server.get(url);
        assertEquals(first.body(), again.body());
        assertEquals(first.headers().firstValue("ETag"), again.headers().firstValue("ETag"));
        assertEquals(304, server.getBytes(url, "If-None-Match", first.headers().firstValue("ETag").orElseThrow()).statusCode());

        String bad = "/playground?layers=2-x-1";
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = server.get(bad, "HX-Request", "true");
            assertEquals(200, r.statusCode(), "htmx swaps the marked form in as the answer it is");
            assertEquals("outerHTML", r.headers().firstValue("HX-Reswap").orElse(""), "the form comes back in place");
            assertEquals(400, server.get(bad).statusCode());
        }
    }
}
