package io.stepwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real main in its own JVM: what an instructor sees when the configuration is wrong. */
class StartupTest {
    /** A JVM's own start on a busy machine, plus a margin: a refusal must not wait for a graceful stop. */
    static final long PROMPT_SECONDS = 15;

    static Process start(Map<String, String> env) throws IOException { return builder(env).start(); }

    static ProcessBuilder builder(Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), App.class.getName());
        pb.environment().keySet().removeAll(List.of("PORT", "HOST", "BASE_PATH", "PUBLIC_URL", "EMBED_ORIGINS", "TRUSTED_PROXIES",
                "STEPWISE_EXERCISES_DIR"));
        pb.environment().putAll(env);
        return pb;
    }

    /** Exit status, standard error, and the seconds it took to exit. */
    record Exit(int status, String err, double seconds) {}

    static Exit refused(Map<String, String> env) throws Exception {
        long t0 = System.nanoTime();
        Process p = start(env);
        assertTrue(p.waitFor(PROMPT_SECONDS * 2, TimeUnit.SECONDS), "still running");
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Exit(p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8), seconds);
    }

    @Test
    void a_port_already_in_use_is_one_line_and_status_2_promptly() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Exit exit = refused(Map.of("PORT", String.valueOf(taken.getLocalPort())));
            assertEquals(2, exit.status(), exit.err());
            assertEquals("Stepwise cannot start: Port " + taken.getLocalPort() + " is already in use: set PORT to a free port.\n", exit.err());
            assertTrue(exit.seconds() < PROMPT_SECONDS, exit.seconds() + " s");
        }
    }

    @Test
    void a_host_that_is_not_this_machine_is_one_line_and_status_2() throws Exception {
        // 192.0.2.0/24 is reserved for documentation: no machine has it.
        Exit exit = refused(Map.of("HOST", "192.0.2.1", "PORT", "0"));
        assertEquals(2, exit.status(), exit.err());
        assertEquals("Stepwise cannot start: HOST 192.0.2.1 is not an address of this machine: set HOST to one of its addresses "
                + "(0.0.0.0 for all of them).\n", exit.err());
        assertTrue(exit.seconds() < PROMPT_SECONDS, exit.seconds() + " s");
        Exit unknown = refused(Map.of("HOST", "no-such-host.invalid", "PORT", "0"));
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("Stepwise cannot start: HOST no-such-host.invalid is not a name"), unknown.err());
    }

    @Test
    void bad_settings_are_status_2_too() throws Exception {
        Exit exit = refused(Map.of("TRUSTED_PROXIES", "proxy.example.edu"));
        assertEquals(2, exit.status());
        assertTrue(exit.err().startsWith("Stepwise cannot start: TRUSTED_PROXIES"), exit.err());
    }

    @Test
    void misnamed_or_missing_exercise_files_start_with_a_warning_and_the_settings_are_logged(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("week1.JSON"), "{}");
        Files.writeString(dir.resolve("week2.json.txt"), "{}");
        Path log = Files.createTempFile("stepwise-err", ".log");
        Process p = builder(Map.of("PORT", "0", "STEPWISE_EXERCISES_DIR", dir.toString(), "TRUSTED_PROXIES", "10.0.0.0/8"))
                .redirectError(log.toFile()).start();
        try {
            StringBuilder out = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    out.append(line).append('\n');
                    if (line.startsWith("Stepwise is serving")) break;
                }
            }
            assertTrue(out.toString().contains("Stepwise is serving http://127.0.0.1:"), out.toString());
            assertTrue(out.toString().contains("TRUSTED_PROXIES=10.0.0.0/8 (forwarded headers from any other peer are ignored)"), out.toString());
            assertTrue(out.toString().contains("BASE_PATH=") && out.toString().contains("PUBLIC_URL=") && out.toString().contains("EMBED_ORIGINS="));
            p.destroy();
            assertTrue(p.waitFor(PROMPT_SECONDS, TimeUnit.SECONDS));
            String err = Files.readString(log);
            assertTrue(err.contains("skipped week1.JSON, week2.json.txt in " + dir), err);
            assertTrue(err.contains(dir + " holds no *.json file"), err);
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }
}
