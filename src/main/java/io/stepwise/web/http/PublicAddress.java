package io.stepwise.web.http;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Where a client reached this site: the scheme, host and base path its absolute links must use,
 * and its own address. PUBLIC_URL fixes the scheme and host; otherwise they come from the request
 * and, only when the direct peer is a trusted proxy, from its forwarded headers. From any other
 * peer those headers are ignored entirely: believing them would let anyone put another site's
 * address into embed code and scripts that a shared cache then hands to everyone.
 *
 * @param basePath the prefix of every link: a trusted proxy's X-Forwarded-Prefix, else BASE_PATH
 * @param client the client's address: the peer, or from a trusted proxy the nearest untrusted one it forwarded for
 * @param trusted whether the peer is a trusted proxy, so the answer depends on its forwarded headers
 */
public record PublicAddress(String scheme, String host, String basePath, String client, boolean trusted) {
    /** The headers a trusted proxy's answer depends on, for Vary. */
    public static final List<String> FORWARDED_HEADERS = List.of("X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-Prefix", "Forwarded");

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]-]{1,200}");
    private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9._~-]+)*");

    /** "https://ml.example.edu" */
    public String origin() { return scheme + "://" + host; }

    /**
     * @param peer the direct peer's IP address
     * @param header a request header by name, or null
     * @param requestScheme the scheme the request arrived with
     */
    public static PublicAddress of(Settings settings, String peer, UnaryOperator<String> header, String requestScheme) {
        boolean trusted = settings.trustedProxies().contains(peer);
        String forwarded = trusted ? last(header.apply("Forwarded")) : null;
        String scheme = requestScheme;
        String host = header.apply("Host");
        String basePath = settings.basePath();
        String client = peer;
        if (trusted) {
            String proto = or(last(header.apply("X-Forwarded-Proto")), parameter(forwarded, "proto"));
            if ("https".equalsIgnoreCase(proto) || "http".equalsIgnoreCase(proto)) scheme = proto.toLowerCase();
            String forwardedHost = or(last(header.apply("X-Forwarded-Host")), parameter(forwarded, "host"));
            if (forwardedHost != null && HOST.matcher(forwardedHost).matches()) host = forwardedHost;
            String prefix = last(header.apply("X-Forwarded-Prefix"));
            if (prefix != null) {
                prefix = prefix.replaceAll("/+$", "");
                if (PREFIX.matcher(prefix).matches()) basePath = prefix;
            }
            client = client(settings.trustedProxies(), peer, header.apply("X-Forwarded-For"), header.apply("Forwarded"));
        }
        if (!settings.publicUrl().isEmpty()) {
            int colon = settings.publicUrl().indexOf("://");
            scheme = settings.publicUrl().substring(0, colon);
            host = settings.publicUrl().substring(colon + 3);
        }
        if (host == null || !HOST.matcher(host).matches()) host = "localhost";
        return new PublicAddress(scheme, host, basePath, client, trusted);
    }

    /**
     * The client behind a chain of proxies: the addresses each proxy appended, read from the
     * nearest, skipping the trusted ones; what came before the first untrusted one could be forged.
     */
    static String client(TrustedProxies proxies, String peer, String xForwardedFor, String forwarded) {
        String list = xForwardedFor;
        if (list == null && forwarded != null) {
            StringBuilder fors = new StringBuilder();
            for (String element : forwarded.split(",")) {
                String f = parameter(element, "for");
                if (f != null) fors.append(fors.isEmpty() ? "" : ",").append(f);
            }
            list = fors.toString();
        }
        if (list == null || list.isBlank()) return peer;
        String[] hops = list.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.startsWith("[") && hop.contains("]")) hop = hop.substring(1, hop.indexOf(']'));
            else if (hop.matches("[\\d.]+:\\d+")) hop = hop.substring(0, hop.indexOf(':'));
            if (TrustedProxies.literal(hop) == null) return client;
            client = hop;
            if (!proxies.contains(hop)) return hop;
        }
        return client;
    }

    /**
     * The value the nearest proxy added to a list-valued header ("a, b" → "b"): a proxy that
     * appends rather than replaces leaves whatever the client sent before its own value.
     */
    private static String last(String value) {
        if (value == null) return null;
        int comma = value.lastIndexOf(',');
        String v = (comma < 0 ? value : value.substring(comma + 1)).strip();
        return v.isEmpty() ? null : v;
    }

    /** One parameter of a Forwarded element (RFC 7239), e.g. host from {@code for=1.2.3.4;host="a.edu";proto=https}. */
    private static String parameter(String element, String name) {
        if (element == null) return null;
        for (String pair : element.split(";")) {
            int eq = pair.indexOf('=');
            if (eq < 0 || !pair.substring(0, eq).strip().equalsIgnoreCase(name)) continue;
            String v = pair.substring(eq + 1).strip();
            if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) v = v.substring(1, v.length() - 1);
            return v.isEmpty() ? null : v;
        }
        return null;
    }

    private static String or(String first, String second) { return first != null ? first : second; }
}
