package vn.sohoa.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on 127.0.0.1 in front of the repository that misbehaves on purpose, connection by
 * connection: it cuts requests mid-body, answers bursts of 500/503 without forwarding, stalls past
 * the client's timeout, truncates responses, and cuts even healthy connections after a random amount
 * of traffic. Seeded, so a failing run can be replayed.
 */
final class FaultProxy implements AutoCloseable {

    enum Fault { PASS, DROP_REQUEST, ERROR_BURST, STALL, TRUNCATE_RESPONSE }

    private final ServerSocket server;
    private final int upstreamPort;
    private final Random random;
    private final long stallMillis;
    private final Thread acceptor;
    private final java.util.Set<Socket> open = ConcurrentHashMap.newKeySet();
    private int burstLeft;
    final java.util.Map<Fault, AtomicInteger> injected = new java.util.EnumMap<>(Fault.class);
    private volatile boolean healthy;

    FaultProxy(int upstreamPort, long seed, long stallMillis) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.upstreamPort = upstreamPort;
        this.random = new Random(seed);
        this.stallMillis = stallMillis;
        for (Fault f : Fault.values()) {
            injected.put(f, new AtomicInteger());
        }
        this.acceptor = Thread.ofPlatform().daemon().name("fault-proxy").start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Stops injecting faults (for the final, clean pass of a trial when it is wanted). */
    void heal(boolean healed) {
        this.healthy = healed;
    }

    int faults() {
        return injected.entrySet().stream().filter(e -> e.getKey() != Fault.PASS).mapToInt(e -> e.getValue().get()).sum();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                Thread.ofPlatform().daemon().start(() -> handle(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private synchronized Plan plan() {
        if (healthy) {
            return new Plan(Fault.PASS, Long.MAX_VALUE, 500, Long.MAX_VALUE);
        }
        Fault fault;
        if (burstLeft > 0) {
            burstLeft--;
            fault = Fault.ERROR_BURST;
        } else {
            int dice = random.nextInt(100);
            fault = dice < 55 ? Fault.PASS : dice < 67 ? Fault.DROP_REQUEST : dice < 79 ? Fault.ERROR_BURST
                    : dice < 85 ? Fault.STALL : Fault.TRUNCATE_RESPONSE;
            if (fault == Fault.ERROR_BURST) {
                burstLeft = random.nextInt(4);
            }
        }
        injected.get(fault).incrementAndGet();
        // Even a healthy connection is cut after a random amount of traffic or time, so that faults keep coming
        // on pooled keep-alive connections too; often enough it lives long enough for a whole 5 MB part.
        long budget = fault == Fault.PASS ? random.nextLong(1, 30_000_000) : random.nextLong(1, 400_000);
        long lifetime = fault == Fault.PASS ? random.nextLong(20, 500) : Long.MAX_VALUE;
        return new Plan(fault, budget, 500 + random.nextInt(2) * 3, lifetime);
    }

    private record Plan(Fault fault, long budget, int status, long lifetimeMillis) {
    }

    private void handle(Socket client) {
        Plan plan = plan();
        try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            open.add(upstream);
            switch (plan.fault()) {
                case ERROR_BURST -> {
                    client.getInputStream().read(new byte[8192]);
                    String body = "<Error><Code>" + (plan.status() == 503 ? "SlowDown" : "InternalError") + "</Code></Error>";
                    String response = "HTTP/1.1 " + plan.status() + (plan.status() == 503 ? " Slow Down" : " Internal Server Error")
                            + "\r\nContent-Type: application/xml\r\nContent-Length: " + body.length()
                            + "\r\nConnection: close\r\n\r\n" + body;
                    client.getOutputStream().write(response.getBytes(StandardCharsets.US_ASCII));
                    client.getOutputStream().flush();
                }
                case STALL -> {
                    client.getInputStream().read(new byte[8192]);
                    Thread.sleep(stallMillis);
                }
                default -> {
                    if (plan.lifetimeMillis() != Long.MAX_VALUE) {
                        Thread.ofVirtual().start(() -> {
                            try {
                                Thread.sleep(plan.lifetimeMillis());
                            } catch (InterruptedException ignored) {
                                return;
                            }
                            closeQuietly(client);
                            closeQuietly(upstream);
                        });
                    }
                    long up = plan.fault() == Fault.DROP_REQUEST || plan.fault() == Fault.PASS ? plan.budget() : Long.MAX_VALUE;
                    long down = plan.fault() == Fault.TRUNCATE_RESPONSE ? Math.min(plan.budget(), 1_000) : Long.MAX_VALUE;
                    Thread back = Thread.ofPlatform().daemon().start(() -> pipe(upstream, client, down));
                    pipe(client, upstream, up);
                    back.join();
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client or the upstream went away: that is what this proxy is for
        } finally {
            open.remove(client);
        }
    }

    /** Copies until EOF or {@code budget} bytes, then closes both sockets. */
    private void pipe(Socket from, Socket to, long budget) {
        byte[] buffer = new byte[16 * 1024];
        long left = budget;
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to.getOutputStream();
            for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
                out.write(buffer, 0, n);
                out.flush();
                left -= n;
            }
        } catch (IOException e) {
            // closed under us
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        open.forEach(FaultProxy::closeQuietly);
        try {
            acceptor.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
