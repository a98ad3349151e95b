package io.stepwise.web.http;

import io.stepwise.web.Paths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A version of the static files for their URLs (?v=…): it changes whenever a file does, so the
 * files can be cached for a year.
 */
public final class Assets {
    public static final String[] FILES = {"/static/css/stepwise.css", "/static/js/embed.js", "/static/js/embed-parent.js",
            "/static/js/copy.js", "/static/js/lesson.js", "/static/js/site.js", "/static/img/favicon.svg"};
    /** htmx from its webjar; its URL names its version, but the joined page scripts contain it. */
    static final String HTMX_RESOURCE = "/META-INF/resources" + Paths.HTMX;
    public static final String VERSION = hash();
    /**
     * The icon as a data: URL in each page's head: a first visit makes no request for it (its
     * headers alone outweighed its 260 bytes). The file stays served for /favicon.ico.
     */
    public static final String ICON = dataUrl("image/svg+xml", Paths.FAVICON);

    private Assets() {}

    /** Percent-encodes all but letters, digits and -._~/=,;() so the URL is valid as written and needs no HTML escape. */
    static String dataUrl(String type, String resource) {
        StringBuilder url = new StringBuilder("data:").append(type).append(',');
        for (byte b : new String(StaticFiles.bytes(resource), StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~/=,;()".indexOf(c) >= 0)) url.append(c);
            else url.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
        }
        return url.toString();
    }

    private static String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<String> hashed = new ArrayList<>(List.of(FILES));
            hashed.add(HTMX_RESOURCE);
            for (String file : hashed) {
                try (InputStream in = Assets.class.getResourceAsStream(file)) {
                    if (in != null) digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "dev";
        }
    }
}
