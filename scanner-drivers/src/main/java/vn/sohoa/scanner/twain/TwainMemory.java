package vn.sohoa.scanner.twain;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Memory shared with a source (capability containers, native-transfer images). A TWAIN 2 DSM gives
 * its own allocator through DAT_ENTRYPOINT (on Windows, global-memory handles); without one, handles
 * are plain pointers, as on TWAIN's Linux and macOS DSMs.
 */
public interface TwainMemory {

    MemorySegment allocate(long size);

    /** The bytes behind {@code handle}, {@code size} long. */
    MemorySegment lock(MemorySegment handle, long size);

    void unlock(MemorySegment handle);

    void free(MemorySegment handle);

    /** Handles are pointers into {@code arena}, released with it; {@code free} leaves them to the arena. */
    static TwainMemory pointers(Arena arena) {
        return new TwainMemory() {
            @Override
            public MemorySegment allocate(long size) {
                return arena.allocate(size, 8);
            }

            @Override
            public MemorySegment lock(MemorySegment handle, long size) {
                return handle.reinterpret(size);
            }

            @Override
            public void unlock(MemorySegment handle) {
            }

            @Override
            public void free(MemorySegment handle) {
            }
        };
    }

    /** The DSM's DSM_MemAllocate, DSM_MemLock, DSM_MemUnlock and DSM_MemFree, from a filled TW_ENTRYPOINT. */
    static TwainMemory fromEntryPoint(MemorySegment entryPoint) {
        Linker linker = Linker.nativeLinker();
        long ptr = ValueLayout.ADDRESS.byteSize();
        MethodHandle allocate = linker.downcallHandle(entryPoint.get(ValueLayout.ADDRESS_UNALIGNED, 4 + 1 * ptr),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        MethodHandle free = linker.downcallHandle(entryPoint.get(ValueLayout.ADDRESS_UNALIGNED, 4 + 2 * ptr),
                FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
        MethodHandle lock = linker.downcallHandle(entryPoint.get(ValueLayout.ADDRESS_UNALIGNED, 4 + 3 * ptr),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        MethodHandle unlock = linker.downcallHandle(entryPoint.get(ValueLayout.ADDRESS_UNALIGNED, 4 + 4 * ptr),
                FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
        return new TwainMemory() {
            @Override
            public MemorySegment allocate(long size) {
                try {
                    MemorySegment handle = (MemorySegment) allocate.invokeExact((int) size);
                    if (handle.equals(MemorySegment.NULL)) {
                        throw new OutOfMemoryError("DSM_MemAllocate(" + size + ") returned NULL");
                    }
                    return handle;
                } catch (Throwable t) {
                    throw rethrow(t);
                }
            }

            @Override
            public MemorySegment lock(MemorySegment handle, long size) {
                try {
                    return ((MemorySegment) lock.invokeExact(handle)).reinterpret(size);
                } catch (Throwable t) {
                    throw rethrow(t);
                }
            }

            @Override
            public void unlock(MemorySegment handle) {
                try {
                    unlock.invokeExact(handle);
                } catch (Throwable t) {
                    throw rethrow(t);
                }
            }

            @Override
            public void free(MemorySegment handle) {
                try {
                    free.invokeExact(handle);
                } catch (Throwable t) {
                    throw rethrow(t);
                }
            }
        };
    }

    private static RuntimeException rethrow(Throwable t) {
        return t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }
}
