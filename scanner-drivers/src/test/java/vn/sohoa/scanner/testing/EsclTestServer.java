package vn.sohoa.scanner.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An eSCL scanner in the test tree, following the Mopria eSCL specification: capabilities shaped
 * like a real multifunction printer's (platen, simplex and duplex feeder, JPEG and PDF output,
 * discrete resolutions), ScanJobs, NextDocument until 404, ScannerStatus with the feeder's state.
 * Faults on demand: 503 answers, a jam at a chosen page, or vanishing mid-job.
 */
public final class EsclTestServer implements AutoCloseable {

    private final HttpServer server;
    private final Deque<BufferedImage> feeder = new ArrayDeque<>();
    private final List<String> jobsReceived = new CopyOnWriteArrayList<>();
    private volatile int busyAnswersLeft;
    private volatile int jamAtPage;
    private volatile int vanishAfterPage;
    private volatile int delivered;
    private volatile String adfState = "ScannerAdfLoaded";

    private EsclTestServer(HttpServer server) {
        this.server = server;
    }

    public static EsclTestServer start(List<BufferedImage> pages) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        EsclTestServer s = new EsclTestServer(http);
        s.feeder.addAll(pages);
        http.createContext("/eSCL/ScannerCapabilities", ex -> s.reply(ex, 200, "text/xml", CAPABILITIES.getBytes(StandardCharsets.UTF_8)));
        http.createContext("/eSCL/ScannerStatus", ex -> s.reply(ex, 200, "text/xml", s.status().getBytes(StandardCharsets.UTF_8)));
        http.createContext("/eSCL/ScanJobs", s::jobs);
        http.start();
        return s;
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/eSCL/");
    }

    public void answerBusy(int times) {
        busyAnswersLeft = times;
    }

    public void jamAt(int page) {
        jamAtPage = page;
    }

    public void vanishAfter(int page) {
        vanishAfterPage = page;
    }

    /** The ScanSettings documents of the jobs created so far. */
    public List<String> jobsReceived() {
        return List.copyOf(jobsReceived);
    }

    private synchronized void jobs(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (ex.getRequestMethod().equals("POST") && path.equals("/eSCL/ScanJobs")) {
            jobsReceived.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.getResponseHeaders().add("Location", "/eSCL/ScanJobs/" + UUID.randomUUID());
            reply(ex, 201, "text/plain", new byte[0]);
        } else if (ex.getRequestMethod().equals("DELETE")) {
            reply(ex, 200, "text/plain", new byte[0]);
        } else if (path.endsWith("/NextDocument")) {
            nextDocument(ex);
        } else {
            reply(ex, 404, "text/plain", new byte[0]);
        }
    }

    private void nextDocument(HttpExchange ex) throws IOException {
        if (busyAnswersLeft > 0) {
            busyAnswersLeft--;
            reply(ex, 503, "text/plain", new byte[0]);
            return;
        }
        if (vanishAfterPage > 0 && delivered >= vanishAfterPage) {
            ex.close();
            Thread.ofPlatform().start(() -> server.stop(0));
            return;
        }
        if (jamAtPage > 0 && delivered + 1 == jamAtPage) {
            adfState = "ScannerAdfJam";
            reply(ex, 404, "text/plain", new byte[0]);
            return;
        }
        BufferedImage page = feeder.poll();
        if (page == null) {
            adfState = "ScannerAdfEmpty";
            reply(ex, 404, "text/plain", new byte[0]);
            return;
        }
        delivered++;
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(page, "jpeg", jpeg);
        reply(ex, 200, "image/jpeg", jpeg.toByteArray());
    }

    private String status() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <scan:ScannerStatus xmlns:scan="http://schemas.hp.com/imaging/escl/2011/05/03" xmlns:pwg="http://www.pwg.org/schemas/2010/12/sm">
                  <pwg:Version>2.63</pwg:Version>
                  <pwg:State>Idle</pwg:State>
                  <scan:AdfState>%s</scan:AdfState>
                </scan:ScannerStatus>
                """.formatted(adfState);
    }

    private void reply(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Shaped after what a current office multifunction printer answers. */
    private static final String CAPABILITIES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scan:ScannerCapabilities xmlns:scan="http://schemas.hp.com/imaging/escl/2011/05/03" xmlns:pwg="http://www.pwg.org/schemas/2010/12/sm">
              <pwg:Version>2.63</pwg:Version>
              <pwg:MakeAndModel>HP OfficeJet Pro 9010 series</pwg:MakeAndModel>
              <pwg:SerialNumber>TH0123456789</pwg:SerialNumber>
              <scan:UUID>1c852a4d-b800-1f08-abcd-a0b3ccf3b1c8</scan:UUID>
              <scan:Platen>
                <scan:PlatenInputCaps>
                  <scan:MinWidth>8</scan:MinWidth><scan:MaxWidth>2550</scan:MaxWidth>
                  <scan:MinHeight>8</scan:MinHeight><scan:MaxHeight>3508</scan:MaxHeight>
                  <scan:MaxScanRegions>1</scan:MaxScanRegions>
                  <scan:SettingProfiles><scan:SettingProfile>
                    <scan:ColorModes><scan:ColorMode>BlackAndWhite1</scan:ColorMode><scan:ColorMode>Grayscale8</scan:ColorMode><scan:ColorMode>RGB24</scan:ColorMode></scan:ColorModes>
                    <scan:DocumentFormats><pwg:DocumentFormat>application/pdf</pwg:DocumentFormat><pwg:DocumentFormat>image/jpeg</pwg:DocumentFormat>
                      <scan:DocumentFormatExt>application/pdf</scan:DocumentFormatExt><scan:DocumentFormatExt>image/jpeg</scan:DocumentFormatExt></scan:DocumentFormats>
                    <scan:SupportedResolutions><scan:DiscreteResolutions>
                      <scan:DiscreteResolution><scan:XResolution>75</scan:XResolution><scan:YResolution>75</scan:YResolution></scan:DiscreteResolution>
                      <scan:DiscreteResolution><scan:XResolution>100</scan:XResolution><scan:YResolution>100</scan:YResolution></scan:DiscreteResolution>
                      <scan:DiscreteResolution><scan:XResolution>200</scan:XResolution><scan:YResolution>200</scan:YResolution></scan:DiscreteResolution>
                      <scan:DiscreteResolution><scan:XResolution>300</scan:XResolution><scan:YResolution>300</scan:YResolution></scan:DiscreteResolution>
                      <scan:DiscreteResolution><scan:XResolution>600</scan:XResolution><scan:YResolution>600</scan:YResolution></scan:DiscreteResolution>
                    </scan:DiscreteResolutions></scan:SupportedResolutions>
                  </scan:SettingProfile></scan:SettingProfiles>
                  <scan:SupportedIntents><scan:Intent>Document</scan:Intent><scan:Intent>Photo</scan:Intent></scan:SupportedIntents>
                </scan:PlatenInputCaps>
              </scan:Platen>
              <scan:Adf>
                <scan:AdfSimplexInputCaps>
                  <scan:MinWidth>300</scan:MinWidth><scan:MaxWidth>2550</scan:MaxWidth>
                  <scan:MinHeight>300</scan:MinHeight><scan:MaxHeight>4200</scan:MaxHeight>
                </scan:AdfSimplexInputCaps>
                <scan:AdfDuplexInputCaps>
                  <scan:MinWidth>300</scan:MinWidth><scan:MaxWidth>2550</scan:MaxWidth>
                  <scan:MinHeight>300</scan:MinHeight><scan:MaxHeight>4200</scan:MaxHeight>
                </scan:AdfDuplexInputCaps>
                <scan:FeederCapacity>35</scan:FeederCapacity>
                <scan:AdfOptions><scan:AdfOption>DetectPaperLoaded</scan:AdfOption><scan:AdfOption>Duplex</scan:AdfOption></scan:AdfOptions>
              </scan:Adf>
            </scan:ScannerCapabilities>
            """;
}
