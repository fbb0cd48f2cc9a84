package vn.sohoa.scanner.sane;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

import au.com.southsky.jfreesane.SaneDevice;
import au.com.southsky.jfreesane.SaneException;
import au.com.southsky.jfreesane.SaneSession;

import vn.sohoa.scanner.Capabilities;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.PageSink;
import vn.sohoa.scanner.ScanControl;
import vn.sohoa.scanner.ScanOutcome;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.ScannedPage;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.ScannerException;
import vn.sohoa.scanner.Side;
import vn.sohoa.scanner.Source;

/** An opened SANE device. Feeder scans loop until the backend says it is out of documents. */
final class SaneScanner implements ScannerDevice {

    private final DeviceInfo info;
    private final SaneSession session;
    private final SaneDevice device;

    SaneScanner(DeviceInfo info, SaneSession session, SaneDevice device) {
        this.info = info;
        this.session = session;
        this.device = device;
    }

    @Override
    public DeviceInfo info() {
        return info;
    }

    @Override
    public Capabilities capabilities() throws ScannerException {
        try {
            SaneOptions options = new SaneOptions(device);
            Set<Source> sources = new TreeSet<>();
            for (String s : options.strings("source")) {
                sources.add(SaneOptions.sourceOf(s));
            }
            if (sources.isEmpty()) {
                sources.add(Source.FLATBED);
            }
            Set<ColorMode> modes = new TreeSet<>();
            for (String m : options.strings("mode")) {
                SaneOptions.modeOf(m).ifPresent(modes::add);
            }
            return new Capabilities(sources, options.resolutions(), modes, options.maxMm("br-x"), options.maxMm("br-y"));
        } catch (IOException e) {
            throw new ScannerException(info.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ScanOutcome scan(ScanSettings settings, PageSink sink, ScanControl control) {
        int delivered = 0;
        try {
            SaneOptions options = new SaneOptions(device);
            options.apply(settings);
            boolean feeder = settings.source() != Source.FLATBED;
            while (!control.cancelled()) {
                BufferedImage image;
                try {
                    image = device.acquireImage();
                } catch (SaneException e) {
                    return SaneOptions.outcomeOf(e.getStatus(), delivered, e.getMessage());
                }
                delivered++;
                Side side = settings.source() == Source.FEEDER_DUPLEX && delivered % 2 == 0 ? Side.BACK : Side.FRONT;
                sink.accept(new ScannedPage(image, options.resolution(settings.dpi()), settings.source(), side, delivered));
                if (!feeder || (settings.maxPages() > 0 && delivered >= settings.maxPages())) {
                    return new ScanOutcome.Done(delivered);
                }
            }
            return new ScanOutcome.Cancelled(delivered);
        } catch (IOException e) {
            return new ScanOutcome.Offline(delivered, String.valueOf(e.getMessage()));
        } catch (SaneException e) {
            return SaneOptions.outcomeOf(e.getStatus(), delivered, e.getMessage());
        } catch (IllegalArgumentException e) {
            return new ScanOutcome.Failed(delivered, e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            device.close();
        } catch (IOException ignored) {
            // the session below is closed anyway
        }
        try {
            session.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
