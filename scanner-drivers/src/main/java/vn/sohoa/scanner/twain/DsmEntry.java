package vn.sohoa.scanner.twain;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * {@code TW_UINT16 DSM_Entry(pTW_IDENTITY pOrigin, pTW_IDENTITY pDest, TW_UINT32 DG, TW_UINT16 DAT,
 * TW_UINT16 MSG, TW_MEMREF pData)}: the one function of the Data Source Manager. A source's callback
 * has the same signature. Pointers arrive as zero-length segments: reinterpret them to their layout.
 */
@FunctionalInterface
public interface DsmEntry {

    FunctionDescriptor DESCRIPTOR = FunctionDescriptor.of(ValueLayout.JAVA_SHORT, ValueLayout.ADDRESS,
            ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_SHORT, ValueLayout.JAVA_SHORT, ValueLayout.ADDRESS);

    /** Sends one triplet; returns the TWRC_* code. */
    int call(MemorySegment origin, MemorySegment dest, int dg, int dat, int msg, MemorySegment data);

    /** A native function of {@link #DESCRIPTOR}'s shape (DSM_Entry from TWAINDSM.dll), called through FFM. */
    static DsmEntry downcall(MemorySegment function) {
        MethodHandle handle = Linker.nativeLinker().downcallHandle(function, DESCRIPTOR);
        return (origin, dest, dg, dat, msg, data) -> {
            try {
                return Short.toUnsignedInt((short) handle.invokeExact(origin, dest, dg, (short) dat, (short) msg, data));
            } catch (Throwable t) {
                throw new IllegalStateException("DSM_Entry failed: " + t, t);
            }
        };
    }

    /** A native function pointer that calls {@code entry}: the bridge's callback, and a test's stand-in DSM. */
    static MemorySegment upcall(DsmEntry entry, Arena arena) {
        try {
            MethodHandle target = MethodHandles.lookup().findStatic(Upcall.class, "invoke", MethodType.methodType(short.class,
                    DsmEntry.class, MemorySegment.class, MemorySegment.class, int.class, short.class, short.class,
                    MemorySegment.class)).bindTo(entry);
            return Linker.nativeLinker().upcallStub(target, DESCRIPTOR, arena);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The static target of {@link #upcall}. */
    final class Upcall {
        private Upcall() {
        }

        static short invoke(DsmEntry entry, MemorySegment origin, MemorySegment dest, int dg, short dat, short msg,
                            MemorySegment data) {
            return (short) entry.call(origin, dest, dg, Short.toUnsignedInt(dat), Short.toUnsignedInt(msg), data);
        }
    }
}
