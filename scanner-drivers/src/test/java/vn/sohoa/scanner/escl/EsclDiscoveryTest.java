package vn.sohoa.scanner.escl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sohoa.scanner.Capabilities;
import vn.sohoa.scanner.DeviceInfo;
import vn.sohoa.scanner.ScannerDevice;
import vn.sohoa.scanner.simulated.CaseFilePageGenerator;
import vn.sohoa.scanner.testing.EsclTestServer;
import vn.sohoa.scanner.testing.MdnsResponder;

/**
 * DNS-SD discovery of eSCL scanners, the browse sent to one responder's loopback port as a one-shot
 * unicast query ({@code SOHOA_MDNS=HOST:PORT}, for networks that drop multicast); the query, the
 * answer's parsing and the scanner found are the same as over 224.0.0.251, which
 * {@link EsclMulticastDiscoveryTest} tests against avahi-daemon.
 */
class EsclDiscoveryTest {

    @Test
    void aBrowseFindsTheScannerTheResponderAnnouncesAndItsEsclServiceAnswers() throws Exception {
        var pages = new CaseFilePageGenerator(75).civilCase(3, "2/2025/DS-ST", "TAND khu vực 1").stream()
                .flatMap(d -> d.pages().stream()).map(p -> p.image()).limit(1).toList();
        try (EsclTestServer scanner = EsclTestServer.start(pages);
             MdnsResponder responder = MdnsResponder.start("HP OfficeJet Pro 9010 [1A2B3C]", scanner.base().getPort())) {
            List<EsclDiscovery.Found> found = EsclDiscovery.browse(responder.address(), Duration.ofMillis(800));

            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.instance()).isEqualTo("HP OfficeJet Pro 9010 [1A2B3C]");
                assertThat(f.makeAndModel()).isEqualTo("HP OfficeJet Pro 9010 series");
                assertThat(f.base()).isEqualTo(URI.create("http://127.0.0.1:" + scanner.base().getPort() + "/eSCL/"));
            });
            EsclDriver driver = new EsclDriver(found.stream().map(EsclDiscovery.Found::base).toList());
            DeviceInfo device = driver.devices().getFirst();
            try (ScannerDevice opened = driver.open(device)) {
                Capabilities caps = opened.capabilities();
                assertThat(caps.fitsA4()).isTrue();
            }
            assertThat(responder.queriesAnswered()).isEqualTo(1);
        }
    }

    @Test
    void nobodyAnsweringFindsNothingWhenTheWindowCloses() throws Exception {
        try (java.net.DatagramSocket silent = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();
            assertThat(EsclDiscovery.browse((java.net.InetSocketAddress) silent.getLocalSocketAddress(), Duration.ofMillis(300)))
                    .isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void theQueryAsksForBothServicesWithUnicastAnswers() {
        byte[] query = DnsMessages.ptrQuery(List.of("_uscan._tcp.local", "_uscans._tcp.local"));
        ByteBuffer in = ByteBuffer.wrap(query);
        assertThat(in.getShort(4)).isEqualTo((short) 2);
        in.position(12);
        assertThat(DnsMessages.readName(query, in)).isEqualTo("_uscan._tcp.local");
        assertThat(Short.toUnsignedInt(in.getShort())).isEqualTo(12);
        assertThat(Short.toUnsignedInt(in.getShort())).isEqualTo(0x8001);
        assertThat(DnsMessages.readName(query, in)).isEqualTo("_uscans._tcp.local");
    }

    @Test
    void compressedNamesAndSecureServicesResolve() {
        // Answer: PTR _uscans._tcp.local -> "Canon._uscans._tcp.local" (the suffix a pointer to offset 12),
        // SRV on port 443 to "c.local", TXT rs=/eSCL/, no address record: the host name is used.
        var b = new java.io.ByteArrayOutputStream();
        b.writeBytes(new byte[] {0, 0, (byte) 0x84, 0, 0, 0, 0, 3, 0, 0, 0, 0});
        DnsMessages.writeName(b, "_uscans._tcp.local");                  // at offset 12
        b.writeBytes(new byte[] {0, 12, 0, 1, 0, 0, 0, 10});
        b.writeBytes(new byte[] {0, 8, 5});
        b.writeBytes("Canon".getBytes(StandardCharsets.US_ASCII));
        b.writeBytes(new byte[] {(byte) 0xC0, 12});                       // instance at offset 42
        b.writeBytes(new byte[] {(byte) 0xC0, 42, 0, 33, (byte) 0x80, 1, 0, 0, 0, 10, 0, 15, 0, 0, 0, 0, 1, (byte) 0xBB});
        DnsMessages.writeName(b, "c.local");
        b.writeBytes(new byte[] {(byte) 0xC0, 42, 0, 16, (byte) 0x80, 1, 0, 0, 0, 10, 0, 10, 9});
        b.writeBytes("rs=/eSCL/".getBytes(StandardCharsets.US_ASCII));
        List<DnsRecord> records = DnsMessages.records(b.toByteArray());

        assertThat(records).hasSize(3);
        assertThat(records.getFirst()).isEqualTo(new DnsRecord.Ptr("_uscans._tcp.local", "Canon._uscans._tcp.local"));
        assertThat(EsclDiscovery.scanners(records)).singleElement()
                .isEqualTo(new EsclDiscovery.Found("Canon", URI.create("https://c.local:443/eSCL/"), "Canon"));
    }
}
