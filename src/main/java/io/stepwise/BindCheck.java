package io.stepwise;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

/**
 * Tries HOST and PORT before the server does, so that a taken port or an address this machine
 * does not have is one line saying what to change, not a stack trace with the wrong headline
 * (Jetty calls both "port already in use") followed by the graceful stop's wait.
 */
final class BindCheck {
    private BindCheck() {}

    /** What is wrong with listening there, as one line naming the variable to change, or null when it can be done. */
    static String problem(String host, int port) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return "HOST " + host + " is not a name this machine can resolve: set HOST to one of its addresses (0.0.0.0 for all of them).";
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as Jetty does: a port left in TIME_WAIT is free
            socket.bind(new InetSocketAddress(address, port));
            return null;
        } catch (BindException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage();
            if (reason.contains("already in use")) return "Port " + port + " is already in use: set PORT to a free port.";
            if (reason.contains("assign requested address")) {
                return "HOST " + host + " is not an address of this machine: set HOST to one of its addresses (0.0.0.0 for all of them).";
            }
            if (reason.contains("ermission denied")) return "Port " + port + " needs privileges this user lacks: set PORT to 1024 or above.";
            return "Cannot listen on " + host + ":" + port + " (" + reason + "): set HOST and PORT to an address and port this machine can use.";
        } catch (IOException | SecurityException e) {
            return "Cannot listen on " + host + ":" + port + " (" + e.getMessage() + "): set HOST and PORT to an address and port this machine can use.";
        }
    }
}
