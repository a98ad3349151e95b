package io.stepwise;

import io.javalin.Javalin;
import io.stepwise.web.WebApp;

/** Starts Stepwise on HOST:PORT (default 127.0.0.1:7070). */
public final class App {
    private App() {}

    public static void main(String[] args) {
        String host = env("HOST", "127.0.0.1");
        int port = Integer.parseInt(env("PORT", "7070"));
        Javalin app = WebApp.create().start(host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "shutdown"));
        System.out.println("Stepwise is serving http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + app.port() + "/");
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v.strip();
    }
}
