package io.stepwise.web.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How an instance is deployed, read from the environment once at start-up.
 *
 * @param basePath the sub-path the site is served under behind a reverse proxy, e.g. "/stepwise", or ""
 * @param publicUrl the site's public origin, e.g. "https://ml.example.edu", or "" to derive it from each
 *                  request (X-Forwarded-Proto / X-Forwarded-Host, else the scheme and Host header)
 * @param embedOrigins the origins that may frame the embed views; empty means any
 * @param trustedProxies the peers whose forwarded headers are believed
 */
public record Settings(String host, int port, String basePath, String publicUrl, List<String> embedOrigins,
                       TrustedProxies trustedProxies) {

    public static final Settings DEFAULT = new Settings("127.0.0.1", 7070, "", "", List.of());

    public Settings {
        embedOrigins = List.copyOf(embedOrigins);
    }

    /** Trusting only a proxy on this machine. */
    public Settings(String host, int port, String basePath, String publicUrl, List<String> embedOrigins) {
        this(host, port, basePath, publicUrl, embedOrigins, TrustedProxies.LOOPBACK);
    }

    /** Reads HOST, PORT, BASE_PATH, PUBLIC_URL, EMBED_ORIGINS and TRUSTED_PROXIES; throws with a clear message on a bad value. */
    public static Settings fromEnvironment(Map<String, String> env) {
        String host = value(env, "HOST", DEFAULT.host());
        String portText = value(env, "PORT", Integer.toString(DEFAULT.port()));
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a number from 0 to 65535, not “" + portText + "”.");
        }
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("PORT must be from 0 to 65535, not " + port + ".");
        String publicUrl = value(env, "PUBLIC_URL", "");
        if (!publicUrl.isEmpty() && !publicUrl.matches("https?://[^/\\s]+/?")) {
            throw new IllegalArgumentException("PUBLIC_URL must be an origin such as https://ml.example.edu (the base path goes in BASE_PATH), not “" + publicUrl + "”.");
        }
        List<String> origins = new ArrayList<>();
        for (String origin : value(env, "EMBED_ORIGINS", "").split("[\\s,]+")) {
            if (origin.isEmpty() || origin.equals("*")) continue;
            if (!origin.matches("https?://[^/\\s]+")) {
                throw new IllegalArgumentException("EMBED_ORIGINS takes origins such as https://course.example.edu, separated by spaces; “"
                        + origin + "” is not one.");
            }
            origins.add(origin);
        }
        TrustedProxies proxies = env.get("TRUSTED_PROXIES") == null || env.get("TRUSTED_PROXIES").isBlank()
                ? TrustedProxies.LOOPBACK : TrustedProxies.parse(env.get("TRUSTED_PROXIES"));
        return new Settings(host, port, basePath(value(env, "BASE_PATH", "")), strip(publicUrl), origins, proxies);
    }

    /** The settings in effect, one line each, for the start-up log: what an instructor checks first when links go wrong. */
    public List<String> describe() {
        return List.of(
                "BASE_PATH=" + (basePath.isEmpty() ? "(none: served at /)" : basePath),
                "PUBLIC_URL=" + (publicUrl.isEmpty() ? "(none: the origin comes from each request)" : publicUrl),
                "EMBED_ORIGINS=" + (embedOrigins.isEmpty() ? "(any origin may frame the embed views)" : String.join(" ", embedOrigins)),
                "TRUSTED_PROXIES=" + trustedProxies + " (forwarded headers from any other peer are ignored)");
    }

    /** "/stepwise/" and "stepwise" both become "/stepwise"; "/" and "" become "". */
    static String basePath(String raw) {
        String p = raw.strip();
        while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
        if (p.isEmpty()) return "";
        if (!p.startsWith("/")) p = "/" + p;
        if (!p.matches("(/[A-Za-z0-9._~-]+)+")) {
            throw new IllegalArgumentException("BASE_PATH must be a path such as /stepwise, not “" + raw + "”.");
        }
        return p;
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String v = env.get(name);
        return v == null || v.isBlank() ? fallback : v.strip();
    }
}
