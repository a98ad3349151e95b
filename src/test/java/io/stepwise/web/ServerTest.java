package io.stepwise.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A test class with the real application running on a free loopback port for all its tests. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerTest {
    protected TestServer server;

    @BeforeAll
    void startServer() { server = new TestServer(); }

    @AfterAll
    void stopServer() { server.close(); }
}
