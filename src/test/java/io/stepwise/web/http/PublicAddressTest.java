package io.stepwise.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which peers are trusted proxies, and what their forwarded headers make of a request's public address. */
class PublicAddressTest {
    static PublicAddress of(Settings settings, String peer, String... headers) {
        Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        map.put("Host", "10.0.0.5:7070");
        for (int i = 0; i < headers.length; i += 2) map.put(headers[i], headers[i + 1]);
        return PublicAddress.of(settings, peer, map::get, "http");
    }

    @Test
    void ranges_match_ipv4_and_ipv6_peers_by_prefix() {
        TrustedProxies p = TrustedProxies.parse("10.0.0.0/8, 192.168.1.5 fd00::/8");
        assertTrue(p.contains("10.200.3.4"));
        assertTrue(p.contains("192.168.1.5"));
        assertFalse(p.contains("192.168.1.6"));
        assertTrue(p.contains("fd12:3456::1"));
        assertTrue(p.contains("[fd00::1]"));
        assertFalse(p.contains("fe80::1"));
        assertFalse(p.contains("11.0.0.1"));
        assertTrue(p.contains("::ffff:10.1.2.3"), "an IPv4 peer on a dual-stack socket");
        assertFalse(p.contains("not-an-address"));
        assertTrue(TrustedProxies.LOOPBACK.contains("127.0.0.1"));
        assertTrue(TrustedProxies.LOOPBACK.contains("0:0:0:0:0:0:0:1"));
        assertFalse(TrustedProxies.LOOPBACK.contains("10.0.0.1"));
        assertFalse(TrustedProxies.parse("none").contains("127.0.0.1"));
        assertTrue(TrustedProxies.parse("0.0.0.0/0").contains("203.0.113.9"));
    }

    @Test
    void names_and_malformed_ranges_are_refused_with_the_variable_named() {
        for (String bad : List.of("proxy.example.edu", "10.0.0.0/33", "::1/129", "10.0.0", "300.1.1.1", "10.0.0.0/x")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("TRUSTED_PROXIES") && e.getMessage().contains(bad), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Settings.fromEnvironment(Map.of("TRUSTED_PROXIES", "proxy")));
    }

    @Test
    void settings_read_trusted_proxies_and_describe_themselves() {
        Settings s = Settings.fromEnvironment(Map.of("TRUSTED_PROXIES", "10.0.0.0/8,fd00::/8", "BASE_PATH", "/stepwise"));
        assertEquals(List.of("10.0.0.0/8", "fd00::/8"), s.trustedProxies().ranges());
        assertEquals(TrustedProxies.LOOPBACK, Settings.DEFAULT.trustedProxies());
        assertEquals(List.of("BASE_PATH=/stepwise", "PUBLIC_URL=(none: the origin comes from each request)",
                "EMBED_ORIGINS=(any origin may frame the embed views)",
                "TRUSTED_PROXIES=10.0.0.0/8, fd00::/8 (forwarded headers from any other peer are ignored)"), s.describe());
    }

    @Test
    void an_untrusted_peer_gets_the_address_it_reached() {
        PublicAddress a = of(Settings.DEFAULT, "203.0.113.9", "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https",
                "X-Forwarded-Prefix", "/evil", "Forwarded", "host=evil.example", "X-Forwarded-For", "198.51.100.1");
        assertEquals(new PublicAddress("http", "10.0.0.5:7070", "", "203.0.113.9", false), a);
    }

    @Test
    void a_trusted_proxy_sets_scheme_host_prefix_and_client() {
        PublicAddress a = of(Settings.DEFAULT, "127.0.0.1", "X-Forwarded-Host", "ml.example.edu", "X-Forwarded-Proto", "https",
                "X-Forwarded-Prefix", "/stepwise/", "X-Forwarded-For", "198.51.100.1");
        assertEquals(new PublicAddress("https", "ml.example.edu", "/stepwise", "198.51.100.1", true), a);
        assertEquals("https://ml.example.edu", a.origin());
        PublicAddress rfc = of(Settings.DEFAULT, "::1", "Forwarded", "for=\"[2001:db8::7]:4711\";proto=https;host=ml.example.edu");
        assertEquals(new PublicAddress("https", "ml.example.edu", "", "2001:db8::7", true), rfc);
    }

    @Test
    void list_values_are_read_from_the_nearest_proxy_and_bad_values_ignored() {
        PublicAddress a = of(Settings.DEFAULT, "127.0.0.1", "X-Forwarded-Host", "evil.example, ml.example.edu", "X-Forwarded-Proto", "gopher",
                "X-Forwarded-Prefix", "/a b");
        assertEquals("ml.example.edu", a.host());
        assertEquals("http", a.scheme());
        assertEquals("", a.basePath(), "a prefix that is not a path is ignored");
        assertEquals("10.0.0.5:7070", of(Settings.DEFAULT, "127.0.0.1", "X-Forwarded-Host", "a<b").host());
    }

    @Test
    void public_url_fixes_scheme_and_host_but_a_trusted_prefix_still_counts() {
        Settings s = Settings.fromEnvironment(Map.of("PUBLIC_URL", "https://ml.example.edu", "BASE_PATH", "/stepwise"));
        PublicAddress a = of(s, "127.0.0.1", "X-Forwarded-Host", "other.example", "X-Forwarded-Prefix", "/learn");
        assertEquals("https://ml.example.edu", a.origin());
        assertEquals("/learn", a.basePath());
        assertEquals("/stepwise", of(s, "127.0.0.1").basePath());
    }

    @Test
    void the_client_is_the_nearest_untrusted_hop() {
        TrustedProxies p = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8");
        assertEquals("198.51.100.1", PublicAddress.client(p, "127.0.0.1", "6.6.6.6, 198.51.100.1, 10.0.0.2", null), "a forged first hop is skipped");
        assertEquals("10.0.0.3", PublicAddress.client(p, "127.0.0.1", "10.0.0.3, 10.0.0.2", null), "every hop trusted: the farthest");
        assertEquals("127.0.0.1", PublicAddress.client(p, "127.0.0.1", "unknown", null));
        assertEquals("198.51.100.1", PublicAddress.client(p, "127.0.0.1", null, "for=198.51.100.1:5000, for=10.0.0.2"));
    }
}
