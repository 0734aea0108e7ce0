package org.gatherlab.app.classroom.live;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;

import org.gatherlab.live.ClassSession;
import org.gatherlab.live.LanAddress;
import org.gatherlab.live.LiveServer;

/**
 * How the app puts a class session on the network: the seam between the teacher's screen and the server, so tests
 * serve on loopback while the app serves the classroom's network. Called on a background thread (binding a port and
 * finding the network address take a moment).
 */
@FunctionalInterface
public interface LiveServers {
    /** The port the command line uses too ({@code gatherlab class}), so a teacher's notes work for both. */
    int DEFAULT_PORT = 8765;

    LiveServer start(ClassSession session) throws IOException;

    /**
     * Every interface, on {@code port}, or on any free port when that one is taken (a second GatherLab, or
     * {@code gatherlab class} still running): students read the address off the screen, so any port will do. The
     * address shown is this machine's address on the local network ({@link LanAddress}).
     */
    static LiveServers network(int port) {
        return session -> {
            InetAddress any = InetAddress.getByAddress(new byte[4]);
            InetAddress shown = LanAddress.find();
            try {
                return LiveServer.start(session, any, port, shown);
            } catch (BindException taken) {
                return LiveServer.start(session, any, 0, shown);
            }
        };
    }

    /** This machine only, any free port: tests, and a teacher trying it alone. */
    static LiveServers loopback() {
        return session -> LiveServer.start(session, InetAddress.getLoopbackAddress(), 0, InetAddress.getLoopbackAddress());
    }
}
