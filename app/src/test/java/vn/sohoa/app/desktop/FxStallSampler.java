package vn.sohoa.app.desktop;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Where the time of the long FX frame gaps went: while the pulse monitor has not seen a frame for
 * {@value #STALL_MILLIS} ms, a sampler thread looks at the FX thread's stack every few ms and counts
 * what it was doing (its topmost SoHoa or JavaFX frame; "waiting" when it sat in its event loop, that
 * is, no pulse was due or the machine gave it no core); GC pauses longer than 20 ms are counted too.
 * It only reports; the gap itself is measured by {@link PulseMonitor}.
 */
final class FxStallSampler implements AutoCloseable {

    static final long STALL_MILLIS = 50;

    private final PulseMonitor monitor;
    private final Thread fx;
    private final Thread sampler;
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<String> gcPauses = new ArrayList<>();
    private final AtomicLong samples = new AtomicLong();
    private final List<Runnable> unhook = new ArrayList<>();
    private volatile boolean running = true;

    /** Call on the FX thread (it names the thread to watch). */
    FxStallSampler(PulseMonitor monitor) {
        this.monitor = monitor;
        this.fx = Thread.currentThread();
        this.sampler = Thread.ofPlatform().name("fx-stall-sampler").daemon().unstarted(this::sample);
        sampler.setPriority(Thread.MAX_PRIORITY);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = (n, h) -> {
                    if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        if (info.getGcInfo().getDuration() > 20) {
                            synchronized (gcPauses) {
                                gcPauses.add(info.getGcName() + " " + info.getGcInfo().getDuration() + " ms");
                            }
                        }
                    }
                };
                emitter.addNotificationListener(listener, null, null);
                unhook.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException ignored) {
                        // already gone
                    }
                });
            }
        }
        sampler.start();
    }

    private void sample() {
        while (running) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
            if (monitor.millisSinceLastFrame() < STALL_MILLIS) {
                continue;
            }
            samples.incrementAndGet();
            String what = describe(fx.getStackTrace());
            synchronized (seen) {
                seen.merge(what, 1, Integer::sum);
            }
        }
    }

    private static String describe(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            if (c.startsWith("vn.sohoa.")) {
                return c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName() + ":" + e.getLineNumber();
            }
        }
        if (stack.length > 0 && (stack[0].getClassName().contains("Monocle") || stack[0].getMethodName().contains("wait")
                || stack[0].getMethodName().contains("park") || stack[0].getClassName().contains("RunnableProcessor"))) {
            return "waiting in the event loop (" + stack[0].getClassName().substring(stack[0].getClassName().lastIndexOf('.') + 1)
                    + "." + stack[0].getMethodName() + ")";
        }
        return java.util.Arrays.stream(stack).limit(4).map(e -> e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1)
                + "." + e.getMethodName()).collect(Collectors.joining(" < "));
    }

    /** The most frequent things the FX thread was doing during stalls, with sample counts, and the long GC pauses. */
    String report() {
        StringBuilder out = new StringBuilder();
        synchronized (seen) {
            out.append("  stall samples (every 5 ms while no frame for ").append(STALL_MILLIS).append(" ms): ")
                    .append(samples.get()).append('\n');
            seen.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())).limit(8)
                    .forEach(e -> out.append("    ").append(e.getValue()).append("  ").append(e.getKey()).append('\n'));
        }
        synchronized (gcPauses) {
            out.append("  GC pauses over 20 ms: ").append(gcPauses.size()).append(gcPauses.isEmpty() ? "" : " " + gcPauses)
                    .append('\n');
        }
        return out.toString();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        unhook.forEach(Runnable::run);
    }
}
