package vn.sohoa.sync;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.sohoa.casefile.Sha256;

/**
 * The tag files of a bag (RFC 8493) over its payload: {@code bagit.txt}, {@code bag-info.txt},
 * {@code manifest-sha256.txt} and {@code tagmanifest-sha256.txt}, in that order.
 */
final class BagFiles {

    /** One payload file: its path under {@code data/}, its hash and size. */
    record Payload(String path, Sha256 sha256, long size) {
    }

    private BagFiles() {
    }

    static Map<String, byte[]> of(List<Payload> payload, Map<String, String> info) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(BagLayout.BAGIT, utf8("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"));
        StringBuilder bagInfo = new StringBuilder();
        long bytes = payload.stream().mapToLong(Payload::size).sum();
        info.forEach((k, v) -> bagInfo.append(k).append(": ").append(v.replaceAll("[\r\n]+", " ")).append('\n'));
        bagInfo.append("Payload-Oxum: ").append(bytes).append('.').append(payload.size()).append('\n');
        files.put(BagLayout.BAG_INFO, utf8(bagInfo.toString()));
        StringBuilder manifest = new StringBuilder();
        payload.forEach(p -> manifest.append(p.sha256().hex()).append("  ").append(p.path()).append('\n'));
        files.put(BagLayout.MANIFEST, utf8(manifest.toString()));
        StringBuilder tags = new StringBuilder();
        files.forEach((name, content) -> tags.append(Sha256.hash(content).hex()).append("  ").append(name).append('\n'));
        files.put(BagLayout.TAG_MANIFEST, utf8(tags.toString()));
        return files;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
