package vn.sohoa.app.desktop.model;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

import org.slf4j.LoggerFactory;

/**
 * Puts the calling thread behind the screen in the operating system's queue: on Linux its nice value
 * goes up to {@value #NICE} (a thread may always lower its own priority, no privilege needed), so that
 * when the cores are busy the FX thread, the pulse timer and the renderer run first. Threads started
 * from a lowered thread inherit its nice value, so the engine's live OCR workers that a scan starts
 * yield too. Java's own thread priorities do nothing on Linux, hence the system call. Elsewhere, or when
 * the call is refused, it does nothing (the work still runs, only without this courtesy).
 *
 * <p>Measured (ScanResponsivenessTest, 200-page scan, 2 cores shared with other work, load 5-9): with
 * the scan, its OCR reader and the thumbnails at the window's priority, 55-58 frame gaps over 100 ms
 * (longest 364-380 ms), the FX thread idle in its event loop during nearly all of them (it got no
 * pulse, not that it was busy); with them lowered, and the light table no longer decoding every master,
 * 5-20 such gaps (longest 222-232 ms).
 */
public final class BackgroundPriority {

    static final int NICE = 10;
    private static final int PRIO_PROCESS = 0;
    private static final Optional<Calls> CALLS = Calls.find();

    private BackgroundPriority() {
    }

    private record Calls(MethodHandle gettid, MethodHandle setpriority) {

        static Optional<Calls> find() {
            if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
                return Optional.empty();
            }
            try {
                Linker linker = Linker.nativeLinker();
                var libc = linker.defaultLookup();
                MethodHandle gettid = linker.downcallHandle(libc.find("gettid").orElseThrow(),
                        FunctionDescriptor.of(ValueLayout.JAVA_INT));
                MethodHandle setpriority = linker.downcallHandle(libc.find("setpriority").orElseThrow(),
                        FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
                return Optional.of(new Calls(gettid, setpriority));
            } catch (RuntimeException | LinkageError e) {
                LoggerFactory.getLogger(BackgroundPriority.class).debug("thread priorities stay as they are", e);
                return Optional.empty();
            }
        }
    }

    /** Lowers the calling thread (and the threads it starts from now on); true when the system took it. */
    public static boolean lowerThisThread() {
        if (CALLS.isEmpty()) {
            return false;
        }
        try {
            int tid = (int) CALLS.get().gettid().invokeExact();
            return (int) CALLS.get().setpriority().invokeExact(PRIO_PROCESS, tid, NICE) == 0;
        } catch (Throwable e) {
            LoggerFactory.getLogger(BackgroundPriority.class).debug("cannot lower the thread's priority", e);
            return false;
        }
    }

    /** A thread factory for background work: daemon threads named {@code name} that lower themselves as they start. */
    public static java.util.concurrent.ThreadFactory threads(String name) {
        return r -> {
            Thread t = new Thread(() -> {
                lowerThisThread();
                r.run();
            }, name);
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        };
    }

    /** The calling thread's nice value as the system sees it (tests), empty where it cannot be read. */
    public static Optional<Integer> niceOfThisThread() {
        if (CALLS.isEmpty()) {
            return Optional.empty();
        }
        try {
            int tid = (int) CALLS.get().gettid().invokeExact();
            String[] stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/task/" + tid + "/stat"))
                    .replaceFirst("^.*\\) ", "").split(" ");
            // After "(comm) ": state is field 3, so nice (field 19) is index 16.
            return Optional.of(Integer.parseInt(stat[16]));
        } catch (Throwable e) {
            return Optional.empty();
        }
    }
}
