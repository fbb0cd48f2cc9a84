package vn.sohoa.scanner.simulated;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import vn.sohoa.scanner.Capabilities;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.PageSink;
import vn.sohoa.scanner.ScanControl;
import vn.sohoa.scanner.ScanOutcome;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannedPage;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.Side;
import vn.sohoa.scanner.Source;

/**
 * A document scanner without hardware, for the demo and tests: a feeder loaded with sheets,
 * duplex (a blank back is still delivered, as real duplex scanners do), a set speed, and a jam on a
 * chosen sheet. Images come out at the requested resolution and colour mode.
 */
public final class SimulatedScanner implements ScannerDevice {

    private final DeviceInfo info;
    private final Deque<Sheet> feeder;
    private final int pagesPerMinute;
    private int jamAtSheet;
    private int sheetsFed;

    /**
     * @param pagesPerMinute 0 for as fast as possible
     * @param jamAtSheet     the sheet (from 1, counted over the whole stack) that jams once, 0 for none
     */
    public SimulatedScanner(DeviceInfo info, List<Sheet> sheets, int pagesPerMinute, int jamAtSheet) {
        this.info = info;
        this.feeder = new ArrayDeque<>(sheets);
        this.pagesPerMinute = pagesPerMinute;
        this.jamAtSheet = jamAtSheet;
    }

    @Override
    public DeviceInfo info() {
        return info;
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(Set.of(Source.FEEDER, Source.FEEDER_DUPLEX), List.of(150, 200, 300, 400, 600),
                Set.of(ColorMode.LINEART, ColorMode.GRAY, ColorMode.COLOR), 216, 356);
    }

    @Override
    public synchronized ScanOutcome scan(ScanSettings settings, PageSink sink, ScanControl control) {
        if (settings.source() == Source.FLATBED) {
            return new ScanOutcome.Failed(0, "this simulated scanner has no flatbed");
        }
        int delivered = 0;
        int sheetsThisScan = 0;
        long start = System.nanoTime();
        while (true) {
            if (control.cancelled()) {
                return new ScanOutcome.Cancelled(delivered);
            }
            if (settings.maxPages() > 0 && delivered >= settings.maxPages()) {
                return new ScanOutcome.Done(delivered);
            }
            Sheet next = feeder.poll();
            if (next == null) {
                return new ScanOutcome.FeederEmpty(delivered);
            }
            if (sheetsFed + 1 == jamAtSheet) {
                jamAtSheet = 0;
                feeder.addFirst(next);
                return new ScanOutcome.Jammed(delivered, "paper jam at sheet " + (sheetsFed + 1));
            }
            sheetsFed++;
            pause(start, sheetsThisScan++);
            sink.accept(new ScannedPage(render(next.front(), next.dpi(), settings), settings.dpi(), settings.source(),
                    Side.FRONT, ++delivered));
            if (settings.source() == Source.FEEDER_DUPLEX) {
                BufferedImage back = next.back().orElseGet(() -> blank(next.front()));
                sink.accept(new ScannedPage(render(back, next.dpi(), settings), settings.dpi(), settings.source(),
                        Side.BACK, ++delivered));
            }
        }
    }

    /** Sheets still in the feeder, e.g. after a jam, to resume from. */
    public synchronized int sheetsLeft() {
        return feeder.size();
    }

    /**
     * Feeds sheet {@code index} of this scan at its due time on the device's own clock (a sheet every
     * 60/ppm s from the start), as a real feeder does: time the host spends on a page is not added to
     * the feeder's pace, and a host slower than the feeder falls behind the schedule.
     */
    private void pause(long start, int index) {
        if (pagesPerMinute <= 0) {
            return;
        }
        long due = start + (index + 1) * 60_000_000_000L / pagesPerMinute;
        long wait = due - System.nanoTime();
        try {
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static BufferedImage render(BufferedImage source, int sourceDpi, ScanSettings settings) {
        int type = switch (settings.mode()) {
            case LINEART -> BufferedImage.TYPE_BYTE_BINARY;
            case GRAY -> BufferedImage.TYPE_BYTE_GRAY;
            case COLOR -> BufferedImage.TYPE_INT_RGB;
        };
        double scale = (double) settings.dpi() / sourceDpi;
        if (scale == 1 && source.getType() == type) {
            return source;   // a real scanner hands over its image without costing the host any work
        }
        int w = (int) Math.round(source.getWidth() * scale);
        int h = (int) Math.round(source.getHeight() * scale);
        BufferedImage out = new BufferedImage(w, h, type);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static BufferedImage blank(BufferedImage like) {
        BufferedImage b = new BufferedImage(like.getWidth(), like.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = b.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, b.getWidth(), b.getHeight());
        g.dispose();
        return b;
    }

    @Override
    public void close() {
        // nothing to release: the paper stays in the simulated feeder
    }
}
