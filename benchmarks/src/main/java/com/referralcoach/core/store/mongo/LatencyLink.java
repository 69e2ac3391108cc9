package com.referralcoach.core.store.mongo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * For benchmarks, not tests: a TCP relay on 127.0.0.1 that holds every chunk of bytes for half a round trip in each
 * direction, so the engine's store commands cost what they cost against a MongoDB across a network (loopback has
 * none, and this machine's kernel has no netem). Bytes keep their order; each connection gets two relaying threads.
 */
final class LatencyLink implements AutoCloseable {
    private record Chunk(byte[] bytes, long dueNanos) {
    }

    private final ServerSocket listener;
    private final long oneWayNanos;

    private LatencyLink(ServerSocket listener, long oneWayNanos) {
        this.listener = listener;
        this.oneWayNanos = oneWayNanos;
    }

    /** A relay to {@code port} on 127.0.0.1, adding {@code roundTripMillis} to every request and its answer. */
    static LatencyLink to(int port, double roundTripMillis) throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        LatencyLink link = new LatencyLink(listener, (long) (roundTripMillis * 1e6 / 2));
        Thread acceptor = new Thread(() -> link.accept(port), "latency-link");
        acceptor.setDaemon(true);
        acceptor.start();
        return link;
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept(int port) {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), port);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                relay(client.getInputStream(), server.getOutputStream());
                relay(server.getInputStream(), client.getOutputStream());
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(InputStream from, OutputStream to) {
        BlockingQueue<Chunk> held = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try {
                for (int n; (n = from.read(buffer)) >= 0; ) {
                    held.add(new Chunk(Arrays.copyOf(buffer, n), System.nanoTime() + oneWayNanos));
                }
            } catch (IOException ignored) {
                // the connection closed
            }
            held.add(new Chunk(null, 0));
        }, "latency-link-in");
        Thread writer = new Thread(() -> {
            try {
                for (Chunk chunk; (chunk = held.take()).bytes() != null; ) {
                    for (long wait; (wait = chunk.dueNanos() - System.nanoTime()) > 0; ) {
                        LockSupport.parkNanos(wait);
                    }
                    to.write(chunk.bytes());
                    to.flush();
                }
                to.close();
            } catch (IOException | InterruptedException ignored) {
                // the connection closed
            }
        }, "latency-link-out");
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
