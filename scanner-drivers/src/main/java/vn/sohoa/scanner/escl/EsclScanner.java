package vn.sohoa.scanner.escl;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import vn.sohoa.scanner.Capabilities;
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

/**
 * One eSCL scanner: POST a ScanJob, then GET {@code NextDocument} until 404 (no more pages), asking
 * {@code ScannerStatus} why a job ended early. 503 means "busy, ask again" and is retried a few times.
 */
final class EsclScanner implements ScannerDevice {

    private static final int BUSY_RETRIES = 20;
    private static final Duration BUSY_WAIT = Duration.ofMillis(250);

    private final DeviceInfo info;
    private final URI base;
    private final HttpClient http;

    EsclScanner(DeviceInfo info, URI base, HttpClient http) {
        this.info = info;
        this.base = base;
        this.http = http;
    }

    @Override
    public DeviceInfo info() {
        return info;
    }

    @Override
    public Capabilities capabilities() throws ScannerException {
        return fetchCapabilities().capabilities();
    }

    EsclCapabilities fetchCapabilities() throws ScannerException {
        try {
            HttpResponse<byte[]> r = http.send(get("ScannerCapabilities"), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new ScannerException(info.id() + " answered " + r.statusCode() + " to ScannerCapabilities");
            }
            return EsclCapabilities.parse(r.body());
        } catch (IOException e) {
            throw new ScannerException(info.id() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScannerException(info.id() + ": interrupted", e);
        }
    }

    @Override
    public ScanOutcome scan(ScanSettings settings, PageSink sink, ScanControl control) {
        int delivered = 0;
        URI job = null;
        try {
            List<String> formats = fetchCapabilities().formats();
            String format = formats.contains("image/png") ? "image/png" : "image/jpeg";
            HttpResponse<Void> created = http.send(HttpRequest.newBuilder(base.resolve("ScanJobs"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "text/xml")
                    .POST(HttpRequest.BodyPublishers.ofString(EsclScanSettings.xml(settings, format))).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (created.statusCode() == 503) {
                return new ScanOutcome.Busy(0, "the scanner answered 503 to a new job");
            }
            if (created.statusCode() != 201 || created.headers().firstValue("Location").isEmpty()) {
                return new ScanOutcome.Failed(0, "the scanner answered " + created.statusCode() + " to a new job");
            }
            job = base.resolve(created.headers().firstValue("Location").get());
            while (true) {
                if (control.cancelled()) {
                    cancel(job);
                    return new ScanOutcome.Cancelled(delivered);
                }
                if (settings.maxPages() > 0 && delivered >= settings.maxPages()) {
                    cancel(job);
                    return new ScanOutcome.Done(delivered);
                }
                HttpResponse<byte[]> page = nextDocument(job);
                if (page == null) {
                    return new ScanOutcome.Busy(delivered, "the scanner stayed busy (503)");
                }
                if (page.statusCode() == 404) {
                    return endOfJob(settings, delivered);
                }
                if (page.statusCode() != 200) {
                    return whyStopped(delivered, "NextDocument answered " + page.statusCode());
                }
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(page.body()));
                if (image == null) {
                    return new ScanOutcome.Failed(delivered, "the scanner sent a page that is not an image");
                }
                delivered++;
                Side side = settings.source() == Source.FEEDER_DUPLEX && delivered % 2 == 0 ? Side.BACK : Side.FRONT;
                sink.accept(new ScannedPage(image, settings.dpi(), settings.source(), side, delivered));
            }
        } catch (IOException e) {
            return new ScanOutcome.Offline(delivered, String.valueOf(e.getMessage() == null ? e : e.getMessage()));
        } catch (ScannerException e) {
            return new ScanOutcome.Offline(delivered, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ScanOutcome.Cancelled(delivered);
        }
    }

    private HttpResponse<byte[]> nextDocument(URI job) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < BUSY_RETRIES; attempt++) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(job + "/NextDocument"))
                    .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 503) {
                return r;
            }
            Thread.sleep(BUSY_WAIT.toMillis());
        }
        return null;
    }

    /** 404 ends every job; the status says whether that was the feeder emptying or a fault. */
    private ScanOutcome endOfJob(ScanSettings settings, int delivered) throws IOException, InterruptedException {
        ScanOutcome fault = whyStopped(delivered, "");
        if (!(fault instanceof ScanOutcome.Failed)) {
            return fault;
        }
        return settings.source() == Source.FLATBED ? new ScanOutcome.Done(delivered) : new ScanOutcome.FeederEmpty(delivered);
    }

    private ScanOutcome whyStopped(int delivered, String fallback) throws IOException, InterruptedException {
        HttpResponse<byte[]> status = http.send(get("ScannerStatus"), HttpResponse.BodyHandlers.ofByteArray());
        String adf = EsclCapabilities.texts(EsclCapabilities.parseXml(status.body()), "AdfState").stream().findFirst().orElse("");
        return switch (adf) {
            case "ScannerAdfJam" -> new ScanOutcome.Jammed(delivered, adf);
            case "ScannerAdfHatchOpen" -> new ScanOutcome.CoverOpen(delivered, adf);
            case "ScannerAdfMispick", "ScannerAdfDuplexPageTooShort", "ScannerAdfDuplexPageTooLong",
                 "ScannerAdfMultipickDetected" -> new ScanOutcome.Jammed(delivered, adf);
            default -> new ScanOutcome.Failed(delivered, fallback.isEmpty() ? adf : fallback);
        };
    }

    private void cancel(URI job) {
        try {
            http.send(HttpRequest.newBuilder(job).timeout(Duration.ofSeconds(10)).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // the job times out on the device by itself
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build();
    }

    @Override
    public void close() {
        // HTTP: nothing held open between requests
    }
}
