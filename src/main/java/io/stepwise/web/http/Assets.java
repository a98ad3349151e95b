package io.stepwise.web.http;

import io.stepwise.web.Paths;
import java.io.IOException;
import java.io.InputStream;
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

    private Assets() {}

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
