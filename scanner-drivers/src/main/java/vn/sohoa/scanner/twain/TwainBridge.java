package vn.sohoa.scanner.twain;

import java.awt.image.BufferedImage;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import vn.sohoa.scanner.Capabilities;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.PageSink;
import vn.sohoa.scanner.ScanControl;
import vn.sohoa.scanner.ScanOutcome;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannedPage;
import vn.sohoa.scanner.Side;
import vn.sohoa.scanner.Source;

/**
 * One conversation with the TWAIN Data Source Manager through its {@link DsmEntry}: open the DSM,
 * list and open a source, negotiate resolution, pixel type, feeder and duplex, enable it without
 * its own dialog, then the transfer-ready loop (MSG_XFERREADY → DAT_IMAGENATIVEXFER or
 * DAT_IMAGEMEMXFER → DAT_PENDINGXFERS/MSG_ENDXFER until no transfer is pending). Every triplet is
 * checked against the {@link TwainSession} state machine first. Not thread-safe: one scan at a time.
 */
public final class TwainBridge implements AutoCloseable {

    /** How images leave the source: a DIB handle per page, or strips into SoHoa's own buffer. */
    public enum Transfer { NATIVE, MEMORY }

    private final DsmEntry dsm;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment app;
    private final MemorySegment parent;
    private final TwainSession session = new TwainSession();
    private final BlockingQueue<Integer> events = new LinkedBlockingQueue<>();
    private final Duration xferReadyTimeout;
    private TwainMemory memory;
    private MemorySegment source;

    public TwainBridge(DsmEntry dsm, Duration xferReadyTimeout) {
        this.dsm = dsm;
        this.xferReadyTimeout = xferReadyTimeout;
        this.app = TwainIdentity.application(arena);
        this.parent = arena.allocate(ValueLayout.ADDRESS);   // TW_HANDLE: no window of SoHoa's own
        session.dsmLoaded();
    }

    public TwainState state() {
        return session.state();
    }

    /** MSG_OPENDSM, then the DSM's memory functions when it offers them (TWAIN 2). */
    public void openDsm() throws TwainException {
        send(Triplet.OPEN_DSM, MemorySegment.NULL, parent);
        MemorySegment entryPoint = arena.allocate(TwainLayouts.TW_ENTRYPOINT);
        entryPoint.set(ValueLayout.JAVA_INT_UNALIGNED, 0, (int) TwainLayouts.TW_ENTRYPOINT.byteSize());
        boolean dsm2 = (app.get(ValueLayout.JAVA_INT_UNALIGNED, TwainIdentity.SUPPORTED_GROUPS) & Twain.DF_DSM2) != 0;
        int rc = dsm.call(app, MemorySegment.NULL, Triplet.Dg.CONTROL, Twain.DAT_ENTRYPOINT, Triplet.Msg.GET, entryPoint);
        memory = dsm2 && rc == Twain.RC_SUCCESS ? TwainMemory.fromEntryPoint(entryPoint) : TwainMemory.pointers(arena);
    }

    /** The sources the DSM knows (MSG_GETFIRST, then MSG_GETNEXT until TWRC_ENDOFLIST). */
    public List<TwainIdentity> sources() throws TwainException {
        List<TwainIdentity> found = new ArrayList<>();
        MemorySegment identity = arena.allocate(TwainLayouts.TW_IDENTITY);
        Triplet next = Triplet.GET_FIRST_SOURCE;
        while (true) {
            session.check(next);
            int rc = dsm.call(app, MemorySegment.NULL, next.dg(), next.dat(), next.msg(), identity);
            if (rc == Twain.RC_ENDOFLIST) {
                return found;
            }
            if (rc != Twain.RC_SUCCESS) {
                throw failure(next, rc);
            }
            found.add(TwainIdentity.read(identity));
            next = Triplet.GET_NEXT_SOURCE;
        }
    }

    /** MSG_OPENDS for the source of that product name, and the callback that tells SoHoa when pages are ready. */
    public void openSource(String productName) throws TwainException {
        MemorySegment identity = arena.allocate(TwainLayouts.TW_IDENTITY);
        TwainIdentity.putStr32(identity, TwainIdentity.PRODUCT_NAME, productName);
        send(Triplet.OPEN_SOURCE, MemorySegment.NULL, identity);
        source = identity;
        MemorySegment callback = arena.allocate(TwainLayouts.TW_CALLBACK2);
        callback.set(ValueLayout.ADDRESS_UNALIGNED, 0, DsmEntry.upcall(this::onSourceEvent, arena));
        int rc = dsm.call(app, source, Triplet.Dg.CONTROL, Twain.DAT_CALLBACK2, Twain.MSG_REGISTER_CALLBACK, callback);
        if (rc != Twain.RC_SUCCESS) {
            throw failure(Triplet.OPEN_SOURCE, rc);
        }
    }

    /** Resolution (both axes), pixel type, transfer mechanism, feeder and duplex, as many pages as the feeder holds. */
    public void negotiate(ScanSettings settings, Transfer transfer) throws TwainException {
        setCapability(Twain.ICAP_XFERMECH, Twain.TY_UINT16, transfer == Transfer.NATIVE ? Twain.SX_NATIVE : Twain.SX_MEMORY);
        setCapability(Twain.ICAP_PIXELTYPE, Twain.TY_UINT16, switch (settings.mode()) {
            case LINEART -> Twain.PT_BW;
            case GRAY -> Twain.PT_GRAY;
            case COLOR -> Twain.PT_RGB;
        });
        setCapability(Twain.ICAP_XRESOLUTION, Twain.TY_FIX32, fix32(settings.dpi()));
        setCapability(Twain.ICAP_YRESOLUTION, Twain.TY_FIX32, fix32(settings.dpi()));
        boolean feeder = settings.source() != Source.FLATBED;
        setCapability(Twain.CAP_FEEDERENABLED, Twain.TY_BOOL, feeder ? 1 : 0);
        if (feeder) {
            setCapability(Twain.CAP_DUPLEXENABLED, Twain.TY_BOOL, settings.source() == Source.FEEDER_DUPLEX ? 1 : 0);
        }
        setCapability(Twain.CAP_XFERCOUNT, Twain.TY_INT16, settings.maxPages() > 0 ? settings.maxPages() : -1);
    }

    /**
     * Enables the source and runs the transfer loop, handing each page to {@code sink} before the next
     * transfer; leaves the source open (state 4) whatever happens.
     */
    public ScanOutcome acquire(ScanSettings settings, Transfer transfer, PageSink sink, ScanControl control) {
        int delivered = 0;
        try {
            events.clear();
            MemorySegment ui = arena.allocate(TwainLayouts.TW_USERINTERFACE);
            ui.set(ValueLayout.JAVA_SHORT_UNALIGNED, 0, (short) 0);   // ShowUI: no vendor dialog
            ui.set(ValueLayout.JAVA_SHORT_UNALIGNED, 2, (short) 0);
            ui.set(ValueLayout.ADDRESS_UNALIGNED, 4, parent.get(ValueLayout.ADDRESS, 0));
            send(Triplet.ENABLE_SOURCE, source, ui);
            Integer event = events.poll(xferReadyTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (event == null) {
                return disabled(new ScanOutcome.Offline(0, "no MSG_XFERREADY within " + xferReadyTimeout.toSeconds() + " s"));
            }
            if (event != Triplet.Msg.XFERREADY) {
                return disabled(new ScanOutcome.Cancelled(0));
            }
            session.succeeded(Triplet.XFER_READY);
            MemorySegment pending = arena.allocate(TwainLayouts.TW_PENDINGXFERS);
            while (true) {
                BufferedImage image;
                int dpi;
                try {
                    Page page = transfer == Transfer.NATIVE ? nativeTransfer(settings.dpi()) : memoryTransfer();
                    image = page.image();
                    dpi = page.dpi();
                } catch (TwainException e) {
                    reset(pending);
                    return disabled(e.outcome(delivered));
                }
                int count = endTransfer(pending);
                delivered++;
                Side side = settings.source() == Source.FEEDER_DUPLEX && delivered % 2 == 0 ? Side.BACK : Side.FRONT;
                sink.accept(new ScannedPage(image, dpi, settings.source(), side, delivered));
                boolean enough = settings.maxPages() > 0 && delivered >= settings.maxPages();
                if (count == 0) {
                    return disabled(settings.source() == Source.FLATBED || enough
                            ? new ScanOutcome.Done(delivered) : new ScanOutcome.FeederEmpty(delivered));
                }
                if (control.cancelled() || enough) {
                    reset(pending);
                    return disabled(enough ? new ScanOutcome.Done(delivered) : new ScanOutcome.Cancelled(delivered));
                }
            }
        } catch (TwainException e) {
            return disabled(e.outcome(delivered));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return disabled(new ScanOutcome.Cancelled(delivered));
        }
    }

    @Override
    public void close() {
        try {
            if (session.state() == TwainState.SOURCE_OPEN) {
                send(Triplet.CLOSE_SOURCE, MemorySegment.NULL, source);
            }
            if (session.state() == TwainState.DSM_OPEN) {
                send(Triplet.CLOSE_DSM, MemorySegment.NULL, parent);
            }
        } catch (TwainException ignored) {
            // closing anyway: the arena below frees what SoHoa allocated
        } finally {
            arena.close();
        }
    }

    // --- the transfer of one page ---

    private record Page(BufferedImage image, int dpi) {
    }

    private Page nativeTransfer(int askedDpi) throws TwainException {
        MemorySegment handleOut = arena.allocate(ValueLayout.ADDRESS);
        int rc = call(Triplet.GET_NATIVE_IMAGE, source, handleOut);
        if (rc != Twain.RC_XFERDONE) {
            throw rc == Twain.RC_CANCEL ? TwainException.cancelled() : failure(Triplet.GET_NATIVE_IMAGE, rc);
        }
        session.succeeded(Triplet.GET_NATIVE_IMAGE);
        MemorySegment handle = handleOut.get(ValueLayout.ADDRESS, 0);
        try {
            MemorySegment header = memory.lock(handle, 40);
            MemorySegment dib = memory.lock(handle, TwainImages.dibSize(header));
            int dpi = (int) Math.round(dib.get(ValueLayout.JAVA_INT_UNALIGNED, 24) * 0.0254);
            BufferedImage image = TwainImages.fromDib(dib);
            memory.unlock(handle);
            memory.unlock(handle);
            return new Page(image, dpi > 0 ? dpi : askedDpi);
        } finally {
            memory.free(handle);
        }
    }

    private Page memoryTransfer() throws TwainException {
        MemorySegment info = arena.allocate(TwainLayouts.TW_IMAGEINFO);
        send(Triplet.GET_IMAGE_INFO, source, info);
        int dpi = info.get(ValueLayout.JAVA_SHORT_UNALIGNED, 0);
        int width = info.get(ValueLayout.JAVA_INT_UNALIGNED, 8);
        int height = info.get(ValueLayout.JAVA_INT_UNALIGNED, 12);
        int bits = info.get(ValueLayout.JAVA_SHORT_UNALIGNED, 34);
        MemorySegment setup = arena.allocate(TwainLayouts.TW_SETUPMEMXFER);
        send(Triplet.SETUP_MEMORY_TRANSFER, source, setup);
        int size = Math.max(setup.get(ValueLayout.JAVA_INT_UNALIGNED, 8), setup.get(ValueLayout.JAVA_INT_UNALIGNED, 0));
        try (Arena strip = Arena.ofConfined()) {
            MemorySegment buffer = strip.allocate(size, 8);
            MemorySegment xfer = strip.allocate(TwainLayouts.TW_IMAGEMEMXFER);
            TwainImages.Strips image = new TwainImages.Strips(width, height, bits);
            Triplet next = Triplet.GET_MEMORY_BLOCK;
            while (true) {
                xfer.set(ValueLayout.JAVA_INT_UNALIGNED, 26, Twain.MF_APPOWNS | Twain.MF_POINTER);
                xfer.set(ValueLayout.JAVA_INT_UNALIGNED, 30, size);
                xfer.set(ValueLayout.ADDRESS_UNALIGNED, 34, buffer);
                int rc = call(next, source, xfer);
                if (rc != Twain.RC_SUCCESS && rc != Twain.RC_XFERDONE) {
                    throw rc == Twain.RC_CANCEL ? TwainException.cancelled() : failure(next, rc);
                }
                session.succeeded(next);
                image.add(buffer, xfer.get(ValueLayout.JAVA_INT_UNALIGNED, 2), xfer.get(ValueLayout.JAVA_INT_UNALIGNED, 10),
                        xfer.get(ValueLayout.JAVA_INT_UNALIGNED, 18));
                if (rc == Twain.RC_XFERDONE) {
                    return new Page(image.image(), dpi);
                }
                next = Triplet.GET_NEXT_MEMORY_BLOCK;
            }
        }
    }

    // --- capabilities, events, states ---

    /**
     * What the open source says it can do (MSG_GET): resolutions, pixel types, feeder and duplex, the
     * physical page size. A capability the source does not support is answered as empty.
     */
    public Capabilities capabilities() throws TwainException {
        java.util.Optional<TwainContainer> resolution = getCapability(Twain.ICAP_XRESOLUTION);
        List<Integer> resolutions = STANDARD_DPI.stream().filter(d -> resolution.map(c -> c.allows(d)).orElse(true)).toList();
        java.util.Set<ColorMode> modes = new java.util.TreeSet<>();
        for (double type : getCapability(Twain.ICAP_PIXELTYPE).map(TwainContainer::values).orElse(List.of(1.0))) {
            switch ((int) type) {
                case Twain.PT_BW -> modes.add(ColorMode.LINEART);
                case Twain.PT_GRAY -> modes.add(ColorMode.GRAY);
                case Twain.PT_RGB -> modes.add(ColorMode.COLOR);
                default -> { }
            }
        }
        java.util.Optional<TwainContainer> feeder = getCapability(Twain.CAP_FEEDERENABLED);
        java.util.Set<Source> sources = new java.util.TreeSet<>();
        if (feeder.isEmpty() || feeder.get().allows(0)) {
            sources.add(Source.FLATBED);
        }
        if (feeder.isPresent() && feeder.get().allows(1)) {
            sources.add(Source.FEEDER);
            if (getCapability(Twain.CAP_DUPLEXENABLED).isPresent()) {
                sources.add(Source.FEEDER_DUPLEX);
            }
        }
        double width = getCapability(Twain.ICAP_PHYSICALWIDTH).map(TwainContainer::max).orElse(8.5) * 25.4;
        double height = getCapability(Twain.ICAP_PHYSICALHEIGHT).map(TwainContainer::max).orElse(11.69) * 25.4;
        return new Capabilities(sources, resolutions, modes, width, height);
    }

    static final List<Integer> STANDARD_DPI = List.of(75, 100, 150, 200, 240, 300, 400, 600, 1200);

    /** MSG_GET on one capability: the source allocates the container, SoHoa reads and frees it. */
    private java.util.Optional<TwainContainer> getCapability(int cap) throws TwainException {
        MemorySegment capability = arena.allocate(TwainLayouts.TW_CAPABILITY);
        capability.set(ValueLayout.JAVA_SHORT_UNALIGNED, 0, (short) cap);
        capability.set(ValueLayout.JAVA_SHORT_UNALIGNED, 2, (short) -1);   // TWON_DONTCARE16
        int rc = call(Triplet.GET_CAPABILITY, source, capability);
        if (rc != Twain.RC_SUCCESS) {
            TwainException e = failure(Triplet.GET_CAPABILITY, rc);
            if (e.condition() == Twain.CC_CAPUNSUPPORTED || e.condition() == 14) {   // TWCC_CAPBADOPERATION
                return java.util.Optional.empty();
            }
            throw e;
        }
        int conType = Short.toUnsignedInt(capability.get(ValueLayout.JAVA_SHORT_UNALIGNED, 2));
        MemorySegment container = capability.get(ValueLayout.ADDRESS_UNALIGNED, 4);
        try {
            TwainContainer values = TwainContainer.read(conType, memory.lock(container, TwainContainer.MAX_BYTES));
            memory.unlock(container);
            return java.util.Optional.of(values);
        } finally {
            memory.free(container);
        }
    }

    private void setCapability(int cap, int itemType, int value) throws TwainException {
        MemorySegment container = memory.allocate(TwainLayouts.TW_ONEVALUE.byteSize());
        try {
            MemorySegment one = memory.lock(container, TwainLayouts.TW_ONEVALUE.byteSize());
            one.set(ValueLayout.JAVA_SHORT_UNALIGNED, 0, (short) itemType);
            one.set(ValueLayout.JAVA_INT_UNALIGNED, 2, value);
            memory.unlock(container);
            MemorySegment capability = arena.allocate(TwainLayouts.TW_CAPABILITY);
            capability.set(ValueLayout.JAVA_SHORT_UNALIGNED, 0, (short) cap);
            capability.set(ValueLayout.JAVA_SHORT_UNALIGNED, 2, (short) Twain.ON_ONEVALUE);
            capability.set(ValueLayout.ADDRESS_UNALIGNED, 4, container);
            int rc = call(Triplet.SET_CAPABILITY, source, capability);
            if (rc != Twain.RC_SUCCESS && rc != Twain.RC_CHECKSTATUS) {
                TwainException e = failure(Triplet.SET_CAPABILITY, rc);
                if (e.condition() != Twain.CC_CAPUNSUPPORTED || cap == Twain.ICAP_XFERMECH) {
                    throw e;
                }
            }
        } finally {
            memory.free(container);
        }
    }

    /** TW_FIX32 in the 4 bytes of a TW_ONEVALUE item: Whole in the low half, Frac in the high half. */
    static int fix32(double value) {
        int whole = (int) Math.floor(value);
        int frac = (int) Math.round((value - whole) * 65536) & 0xFFFF;
        return (whole & 0xFFFF) | (frac << 16);
    }

    /** The source's callback: only the message matters; the DSM expects TWRC_SUCCESS back. */
    private int onSourceEvent(MemorySegment origin, MemorySegment dest, int dg, int dat, int msg, MemorySegment data) {
        if (msg == Triplet.Msg.XFERREADY || msg == Twain.MSG_CLOSEDSREQ || msg == Twain.MSG_CLOSEDSOK) {
            events.add(msg);
        }
        return Twain.RC_SUCCESS;
    }

    private void reset(MemorySegment pending) {
        if (session.state() == TwainState.TRANSFERRING) {
            try {
                endTransfer(pending);
            } catch (TwainException ignored) {
                // RESET below still brings the source back to state 5
            }
        }
        if (session.state() == TwainState.TRANSFER_READY) {
            try {
                send(Triplet.RESET_TRANSFERS, source, pending);
            } catch (TwainException ignored) {
                // the source is disabled next either way
            }
        }
    }

    /** MSG_ENDXFER: the pending count says whether another page waits (state 6) or the batch is over (state 5). */
    private int endTransfer(MemorySegment pending) throws TwainException {
        int rc = call(Triplet.END_TRANSFER, source, pending);
        if (rc != Twain.RC_SUCCESS) {
            throw failure(Triplet.END_TRANSFER, rc);
        }
        int count = pending.get(ValueLayout.JAVA_SHORT_UNALIGNED, 0);
        session.endTransfer(count);
        return count;
    }

    private ScanOutcome disabled(ScanOutcome outcome) {
        if (session.state() == TwainState.SOURCE_ENABLED) {
            try {
                MemorySegment ui = arena.allocate(TwainLayouts.TW_USERINTERFACE);
                send(Triplet.DISABLE_SOURCE, source, ui);
            } catch (TwainException e) {
                return outcome.completed() ? e.outcome(outcome.pages()) : outcome;
            }
        }
        return outcome;
    }

    private void send(Triplet triplet, MemorySegment dest, MemorySegment data) throws TwainException {
        int rc = call(triplet, dest, data);
        if (rc != Twain.RC_SUCCESS) {
            throw failure(triplet, rc);
        }
        session.succeeded(triplet);
    }

    private int call(Triplet triplet, MemorySegment dest, MemorySegment data) {
        session.check(triplet);
        return dsm.call(app, dest, triplet.dg(), triplet.dat(), triplet.msg(), data);
    }

    /** What went wrong, from DAT_STATUS: the source's own status when it is open, the DSM's otherwise. */
    private TwainException failure(Triplet triplet, int rc) {
        MemorySegment status = arena.allocate(TwainLayouts.TW_STATUS);
        MemorySegment from = source != null && session.state().number() >= TwainState.SOURCE_OPEN.number()
                ? source : MemorySegment.NULL;
        int src = dsm.call(app, from, Triplet.Dg.CONTROL, Twain.DAT_STATUS, Triplet.Msg.GET, status);
        int condition = src == Twain.RC_SUCCESS ? Short.toUnsignedInt(status.get(ValueLayout.JAVA_SHORT_UNALIGNED, 0)) : -1;
        return new TwainException(triplet, rc, condition);
    }
}
