package org.madang.sync.agent.notify;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.newsclub.net.unix.AFUNIXDatagramSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;

/** Plays systemd's side: a bound AF_UNIX datagram socket that reads notifications. */
public final class NotifySocketServer implements AutoCloseable {

    private final AFUNIXDatagramSocket socket;
    private final String notifySocket;

    private NotifySocketServer(AFUNIXDatagramSocket socket, String notifySocket) {
        this.socket = socket;
        this.notifySocket = notifySocket;
    }

    /** Bound to a socket file. */
    public static NotifySocketServer at(java.nio.file.Path file) throws IOException {
        AFUNIXDatagramSocket socket = AFUNIXDatagramSocket.newInstance();
        socket.bind(AFUNIXSocketAddress.of(file));
        return new NotifySocketServer(socket, file.toString());
    }

    /** Bound to a name in the abstract namespace. */
    public static NotifySocketServer inAbstractNamespace(String name) throws IOException {
        AFUNIXDatagramSocket socket = AFUNIXDatagramSocket.newInstance();
        socket.bind(AFUNIXSocketAddress.inAbstractNamespace(name));
        return new NotifySocketServer(socket, "@" + name);
    }

    /** The value for {@code NOTIFY_SOCKET}. */
    public String notifySocket() {
        return notifySocket;
    }

    /**
     * The next notification, waiting at most 30 s: generous for a loaded machine, and free when the
     * notification comes at once.
     */
    public String receive() throws IOException {
        return receive(Duration.ofSeconds(30));
    }

    /** The next notification, waiting at most {@code timeout} (a process's first one comes after its start-up). */
    public String receive(Duration timeout) throws IOException {
        byte[] buffer = new byte[4096];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.setSoTimeout(Math.toIntExact(timeout.toMillis()));
        try {
            socket.receive(packet);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no notification on " + notifySocket + " within " + timeout.toMillis() + " ms", e);
        }
        return new String(packet.getData(), packet.getOffset(), packet.getLength(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        socket.close();
    }
}
