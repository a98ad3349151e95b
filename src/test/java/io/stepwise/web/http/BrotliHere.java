package io.stepwise.web.http;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether Brotli's native library loads on this machine. The build bundles it for five platforms,
 * where it must load; elsewhere the server sends gzip, and the tests of Brotli answers are skipped
 * rather than failed, so the test command works on any machine.
 */
public final class BrotliHere {
    /** As the pom's native-* dependencies name them, by os.name's first word and os.arch. */
    private static final Set<String> BUNDLED = Set.of("linux amd64", "linux aarch64", "mac x86_64", "mac aarch64", "windows amd64");

    private BrotliHere() {}

    public static boolean loaded() {
        if (Brotli.available()) return true;
        assertFalse(BUNDLED.contains(platform()), "Brotli must load where its library is bundled: " + Brotli.describe());
        return false;
    }

    /** Skips the calling test where Brotli has no library (and fails it where it has one but did not load). */
    public static void assume() {
        Assumptions.assumeTrue(loaded(), () -> "no Brotli library for " + platform() + ": only gzip is sent here");
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).split(" ")[0];
        return os + " " + System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    }
}
