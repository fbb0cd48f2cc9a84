package vn.sohoa.scanner.twain;

import java.awt.image.BufferedImage;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for TWAINDSM.dll and one scanner's data source, because neither can run here (TWAIN is
 * Windows only): this is the one mock of the test tree, and it says so. It answers the triplets the
 * way the TWAIN 2.4 specification describes, refuses out-of-sequence ones with TWCC_SEQERROR, hands
 * out memory through DAT_ENTRYPOINT functions (native upcall stubs), calls the application's
 * callback with MSG_XFERREADY, and transfers its pages as DIBs (native) or strips (memory).
 * Tests reach it through a real FFM downcall of an upcall stub, so the bridge's native path runs.
 */
final class FakeDsm implements DsmEntry {

    private final Arena arena = Arena.ofShared();
    private final List<String> sourceNames;
    private final List<BufferedImage> pages;
    private final int jamAt;
    private final List<String> log = new ArrayList<>();
    private final Map<Integer, Integer> capabilities = new HashMap<>();
    private final Map<Long, MemorySegment> handles = new HashMap<>();
    private int allocations;
    private int frees;
    private int next;
    private int transferredThisBatch;
    private boolean jammedOnce;
    private int condition;
    private int state = 3;
    private DsmEntry callback;
    private int stripRow;

    FakeDsm(List<String> sourceNames, List<BufferedImage> pages, int jamAt) {
        this.sourceNames = sourceNames;
        this.pages = pages;
        this.jamAt = jamAt;
    }

    /** The triplets received, as "DAT/MSG" in hex, in order. */
    List<String> log() {
        return log;
    }

    Map<Integer, Integer> capabilities() {
        return capabilities;
    }

    int outstandingHandles() {
        return allocations - frees;
    }

    int allocations() {
        return allocations;
    }

    @Override
    public int call(MemorySegment origin, MemorySegment dest, int dg, int dat, int msg, MemorySegment data) {
        log.add(String.format("%04x/%04x", dat, msg));
        MemorySegment d = data.reinterpret(4096);
        return switch (dat) {
            case Triplet.Dat.PARENT -> msg == Triplet.Msg.OPENDSM ? openDsm(origin) : ok();
            case Twain.DAT_ENTRYPOINT -> entryPoint(d);
            case Twain.DAT_STATUS -> {
                d.set(ValueLayout.JAVA_SHORT_UNALIGNED, 0, (short) condition);
                yield ok();
            }
            case Triplet.Dat.IDENTITY -> identity(msg, d);
            case Twain.DAT_CALLBACK2 -> {
                callback = DsmEntry.downcall(d.get(ValueLayout.ADDRESS_UNALIGNED, 0));
                yield ok();
            }
            case Triplet.Dat.CAPABILITY -> msg == Triplet.Msg.GET ? getCapability(d) : capability(d);
            case Triplet.Dat.USERINTERFACE -> userInterface(msg, origin);
            case Triplet.Dat.IMAGENATIVEXFER -> nativeTransfer(d);
            case Triplet.Dat.IMAGEINFO -> imageInfo(d);
            case Triplet.Dat.SETUPMEMXFER -> {
                d.set(ValueLayout.JAVA_INT_UNALIGNED, 0, 1024);
                d.set(ValueLayout.JAVA_INT_UNALIGNED, 4, 1 << 20);
                d.set(ValueLayout.JAVA_INT_UNALIGNED, 8, 16 * 1024);
                yield ok();
            }
            case Triplet.Dat.IMAGEMEMXFER -> memoryStrip(d);
            case Triplet.Dat.PENDINGXFERS -> pending(msg, d);
            default -> fail(9);
        };
    }

    private int openDsm(MemorySegment app) {
        MemorySegment identity = app.reinterpret(TwainLayouts.TW_IDENTITY.byteSize());
        int groups = identity.get(ValueLayout.JAVA_INT_UNALIGNED, TwainIdentity.SUPPORTED_GROUPS);
        identity.set(ValueLayout.JAVA_INT_UNALIGNED, TwainIdentity.SUPPORTED_GROUPS, groups | Twain.DF_DSM2);
        identity.set(ValueLayout.JAVA_INT_UNALIGNED, TwainIdentity.ID, 1);
        return ok();
    }

    private int entryPoint(MemorySegment d) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            Linker linker = Linker.nativeLinker();
            long ptr = ValueLayout.ADDRESS.byteSize();
            d.set(ValueLayout.ADDRESS_UNALIGNED, 4 + 1 * ptr, linker.upcallStub(lookup.bind(this, "memAllocate",
                    MethodType.methodType(MemorySegment.class, int.class)),
                    FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT), arena));
            d.set(ValueLayout.ADDRESS_UNALIGNED, 4 + 2 * ptr, linker.upcallStub(lookup.bind(this, "memFree",
                    MethodType.methodType(void.class, MemorySegment.class)), FunctionDescriptor.ofVoid(ValueLayout.ADDRESS), arena));
            d.set(ValueLayout.ADDRESS_UNALIGNED, 4 + 3 * ptr, linker.upcallStub(lookup.bind(this, "memLock",
                    MethodType.methodType(MemorySegment.class, MemorySegment.class)),
                    FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS), arena));
            d.set(ValueLayout.ADDRESS_UNALIGNED, 4 + 4 * ptr, linker.upcallStub(lookup.bind(this, "memUnlock",
                    MethodType.methodType(void.class, MemorySegment.class)), FunctionDescriptor.ofVoid(ValueLayout.ADDRESS), arena));
            return ok();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    MemorySegment memAllocate(int size) {
        MemorySegment s = arena.allocate(size, 8);
        handles.put(s.address(), s);
        allocations++;
        return s;
    }

    void memFree(MemorySegment handle) {
        if (handles.remove(handle.address()) != null) {
            frees++;
        }
    }

    MemorySegment memLock(MemorySegment handle) {
        return handles.get(handle.address());
    }

    void memUnlock(MemorySegment handle) {
    }

    private int identity(int msg, MemorySegment d) {
        switch (msg) {
            case Triplet.Msg.GETFIRST, Triplet.Msg.GETNEXT -> {
                int index = msg == Triplet.Msg.GETFIRST ? 0 : d.get(ValueLayout.JAVA_INT_UNALIGNED, TwainIdentity.ID);
                if (index >= sourceNames.size()) {
                    return Twain.RC_ENDOFLIST;
                }
                d.set(ValueLayout.JAVA_INT_UNALIGNED, TwainIdentity.ID, index + 1);
                TwainIdentity.putStr32(d, TwainIdentity.MANUFACTURER, "Fujitsu");
                TwainIdentity.putStr32(d, TwainIdentity.PRODUCT_FAMILY, "fi Series");
                TwainIdentity.putStr32(d, TwainIdentity.PRODUCT_NAME, sourceNames.get(index));
                return ok();
            }
            case Triplet.Msg.OPENDS -> {
                if (state != 3 || !sourceNames.contains(TwainIdentity.str32(d, TwainIdentity.PRODUCT_NAME))) {
                    return fail(3);   // TWCC_NODS
                }
                state = 4;
                return ok();
            }
            case Triplet.Msg.CLOSEDS -> {
                state = 3;
                return ok();
            }
            default -> {
                return fail(9);
            }
        }
    }

    private int capability(MemorySegment d) {
        if (state != 4) {
            return fail(Twain.CC_SEQERROR);
        }
        int cap = Short.toUnsignedInt(d.get(ValueLayout.JAVA_SHORT_UNALIGNED, 0));
        MemorySegment one = memLock(d.get(ValueLayout.ADDRESS_UNALIGNED, 4)).reinterpret(6);
        capabilities.put(cap, one.get(ValueLayout.JAVA_INT_UNALIGNED, 2));
        return ok();
    }

    /**
     * A duplex feeder with a flatbed, like a Fujitsu fi-7160 with its flatbed option: resolutions as an
     * enumeration of FIX32, pixel types B/W, grey, RGB, feeder on or off, duplex supported, legal size.
     */
    private int getCapability(MemorySegment d) {
        if (state != 4) {
            return fail(Twain.CC_SEQERROR);
        }
        int cap = Short.toUnsignedInt(d.get(ValueLayout.JAVA_SHORT_UNALIGNED, 0));
        MemorySegment container = memAllocate(64);
        int conType;
        switch (cap) {
            case Twain.ICAP_XRESOLUTION -> {
                conType = enumeration(container, Twain.TY_FIX32, 4, 100, 150, 200, 300, 600);
            }
            case Twain.ICAP_PIXELTYPE -> {
                conType = enumeration(container, Twain.TY_UINT16, 2, Twain.PT_BW, Twain.PT_GRAY, Twain.PT_RGB);
            }
            case Twain.CAP_FEEDERENABLED -> {
                conType = enumeration(container, Twain.TY_BOOL, 2, 0, 1);
            }
            case Twain.CAP_DUPLEXENABLED -> {
                container.set(ValueLayout.JAVA_SHORT_UNALIGNED, 0, (short) Twain.TY_BOOL);
                container.set(ValueLayout.JAVA_INT_UNALIGNED, 2, 0);
                conType = Twain.ON_ONEVALUE;
            }
            case Twain.ICAP_PHYSICALWIDTH, Twain.ICAP_PHYSICALHEIGHT -> {
                container.set(ValueLayout.JAVA_SHORT_UNALIGNED, 0, (short) Twain.TY_FIX32);
                container.set(ValueLayout.JAVA_INT_UNALIGNED, 2, cap == Twain.ICAP_PHYSICALWIDTH ? 8 | 0x8000 << 16 : 14);
                conType = Twain.ON_ONEVALUE;
            }
            default -> {
                memFree(container);
                return fail(Twain.CC_CAPUNSUPPORTED);
            }
        }
        d.set(ValueLayout.JAVA_SHORT_UNALIGNED, 2, (short) conType);
        d.set(ValueLayout.ADDRESS_UNALIGNED, 4, container);
        return ok();
    }

    private static int enumeration(MemorySegment c, int itemType, int size, int... values) {
        c.set(ValueLayout.JAVA_SHORT_UNALIGNED, 0, (short) itemType);
        c.set(ValueLayout.JAVA_INT_UNALIGNED, 2, values.length);
        for (int i = 0; i < values.length; i++) {
            if (size == 4) {
                c.set(ValueLayout.JAVA_INT_UNALIGNED, 14 + 4L * i, values[i]);   // FIX32: Whole, Frac 0
            } else {
                c.set(ValueLayout.JAVA_SHORT_UNALIGNED, 14 + 2L * i, (short) values[i]);
            }
        }
        return Twain.ON_ENUMERATION;
    }

    private int userInterface(int msg, MemorySegment app) {
        if (msg == Triplet.Msg.ENABLEDS) {
            if (state != 4) {
                return fail(Twain.CC_SEQERROR);
            }
            state = 5;
            transferredThisBatch = 0;
            if (next < pages.size()) {
                state = 6;
                callback.call(MemorySegment.NULL, app, Triplet.Dg.CONTROL, Triplet.Dat.NULL, Triplet.Msg.XFERREADY,
                        MemorySegment.NULL);
            }
            return ok();
        }
        state = 4;
        return ok();
    }

    private boolean jamsNow() {
        if (next + 1 == jamAt && !jammedOnce) {
            jammedOnce = true;
            return true;
        }
        return false;
    }

    private int nativeTransfer(MemorySegment d) {
        if (state != 6) {
            return fail(Twain.CC_SEQERROR);
        }
        if (jamsNow()) {
            return fail(Twain.CC_PAPERJAM);
        }
        BufferedImage page = pages.get(next);
        int bits = bits(page);
        int stride = TwainImages.rowBytes(page.getWidth(), bits);
        int palette = bits == 1 ? 2 : bits == 8 ? 256 : 0;
        int size = 40 + palette * 4 + stride * page.getHeight();
        MemorySegment handle = memAllocate(size);
        MemorySegment dib = handle.reinterpret(size);
        dib.set(ValueLayout.JAVA_INT_UNALIGNED, 0, 40);
        dib.set(ValueLayout.JAVA_INT_UNALIGNED, 4, page.getWidth());
        dib.set(ValueLayout.JAVA_INT_UNALIGNED, 8, page.getHeight());   // positive: bottom-up rows
        dib.set(ValueLayout.JAVA_SHORT_UNALIGNED, 12, (short) 1);
        dib.set(ValueLayout.JAVA_SHORT_UNALIGNED, 14, (short) bits);
        dib.set(ValueLayout.JAVA_INT_UNALIGNED, 24, 11811);               // 300 dpi in pixels per metre
        dib.set(ValueLayout.JAVA_INT_UNALIGNED, 28, 11811);
        for (int i = 0; i < palette; i++) {
            int v = bits == 1 ? i * 255 : i;
            dib.set(ValueLayout.JAVA_INT_UNALIGNED, 40 + i * 4L, v | v << 8 | v << 16);
        }
        long pixels = 40 + palette * 4L;
        for (int y = 0; y < page.getHeight(); y++) {
            writeRow(page, y, dib, pixels + (long) (page.getHeight() - 1 - y) * stride, bits, true);
        }
        d.set(ValueLayout.ADDRESS, 0, handle);
        state = 7;
        return Twain.RC_XFERDONE;
    }

    private int imageInfo(MemorySegment d) {
        if (state != 6) {
            return fail(Twain.CC_SEQERROR);
        }
        BufferedImage page = pages.get(next);
        d.set(ValueLayout.JAVA_SHORT_UNALIGNED, 0, (short) 300);
        d.set(ValueLayout.JAVA_SHORT_UNALIGNED, 4, (short) 300);
        d.set(ValueLayout.JAVA_INT_UNALIGNED, 8, page.getWidth());
        d.set(ValueLayout.JAVA_INT_UNALIGNED, 12, page.getHeight());
        d.set(ValueLayout.JAVA_SHORT_UNALIGNED, 34, (short) bits(page));
        stripRow = 0;
        return ok();
    }

    private int memoryStrip(MemorySegment d) {
        if (state != 6 && state != 7) {
            return fail(Twain.CC_SEQERROR);
        }
        if (state == 6 && jamsNow()) {
            return fail(Twain.CC_PAPERJAM);
        }
        BufferedImage page = pages.get(next);
        int bits = bits(page);
        int bytesPerRow = (page.getWidth() * bits + 7) / 8;
        int length = d.get(ValueLayout.JAVA_INT_UNALIGNED, 30);
        MemorySegment buffer = d.get(ValueLayout.ADDRESS_UNALIGNED, 34).reinterpret(length);
        int rows = Math.min(length / bytesPerRow, page.getHeight() - stripRow);
        for (int r = 0; r < rows; r++) {
            writeRow(page, stripRow + r, buffer, (long) r * bytesPerRow, bits, false);
        }
        d.set(ValueLayout.JAVA_INT_UNALIGNED, 2, bytesPerRow);
        d.set(ValueLayout.JAVA_INT_UNALIGNED, 6, page.getWidth());
        d.set(ValueLayout.JAVA_INT_UNALIGNED, 10, rows);
        d.set(ValueLayout.JAVA_INT_UNALIGNED, 14, 0);
        d.set(ValueLayout.JAVA_INT_UNALIGNED, 18, stripRow);
        d.set(ValueLayout.JAVA_INT_UNALIGNED, 22, rows * bytesPerRow);
        stripRow += rows;
        state = 7;
        return stripRow >= page.getHeight() ? Twain.RC_XFERDONE : Twain.RC_SUCCESS;
    }

    private int pending(int msg, MemorySegment d) {
        if (msg == Triplet.Msg.ENDXFER) {
            if (state != 7 && state != 6) {
                return fail(Twain.CC_SEQERROR);
            }
            if (state == 7) {
                next++;
                transferredThisBatch++;
            }
            int limit = capabilities.getOrDefault(Twain.CAP_XFERCOUNT, -1).shortValue();
            int left = pages.size() - next;
            int count = limit > 0 && transferredThisBatch >= limit ? 0 : left;
            d.set(ValueLayout.JAVA_SHORT_UNALIGNED, 0, (short) count);
            state = count > 0 ? 6 : 5;
            return ok();
        }
        if (state != 6) {
            return fail(Twain.CC_SEQERROR);
        }
        d.set(ValueLayout.JAVA_SHORT_UNALIGNED, 0, (short) 0);
        state = 5;
        return ok();
    }

    private static int bits(BufferedImage page) {
        return switch (page.getType()) {
            case BufferedImage.TYPE_BYTE_BINARY -> 1;
            case BufferedImage.TYPE_BYTE_GRAY -> 8;
            default -> 24;
        };
    }

    /** One row: DIBs colour as B, G, R; memory strips as R, G, B; 1 bit: set = white. */
    private static void writeRow(BufferedImage page, int y, MemorySegment to, long offset, int bits, boolean bgr) {
        if (bits == 1) {
            to.asSlice(offset, (page.getWidth() + 7) / 8).fill((byte) 0);
        }
        for (int x = 0; x < page.getWidth(); x++) {
            int rgb = page.getRGB(x, y);
            switch (bits) {
                case 1 -> {
                    if ((rgb & 0xFF) > 127) {
                        long at = offset + x / 8;
                        to.set(ValueLayout.JAVA_BYTE, at, (byte) (to.get(ValueLayout.JAVA_BYTE, at) | (0x80 >> (x % 8))));
                    }
                }
                case 8 -> to.set(ValueLayout.JAVA_BYTE, offset + x, (byte) page.getRaster().getSample(x, y, 0));
                default -> {
                    int r = rgb >> 16 & 0xFF;
                    int g = rgb >> 8 & 0xFF;
                    int b = rgb & 0xFF;
                    to.set(ValueLayout.JAVA_BYTE, offset + x * 3L, (byte) (bgr ? b : r));
                    to.set(ValueLayout.JAVA_BYTE, offset + x * 3L + 1, (byte) g);
                    to.set(ValueLayout.JAVA_BYTE, offset + x * 3L + 2, (byte) (bgr ? r : b));
                }
            }
        }
    }

    private int ok() {
        condition = 0;
        return Twain.RC_SUCCESS;
    }

    private int fail(int code) {
        condition = code;
        return Twain.RC_FAILURE;
    }

    void close() {
        arena.close();
    }
}
