package vn.sohoa.anonymize.audit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The leak audit every published copy passes before release (issue 6): looks for every original
 * string in
 * <ul>
 *   <li>the file's bytes outside streams, and every stream's decoded bytes, found by scanning the raw
 *       file (so objects nothing refers to, and earlier revisions' objects, are read too);</li>
 *   <li>every string and name of every parsed object (document information, outlines,
 *       annotations, names of embedded files…);</li>
 *   <li>the text extracted from the text layer of every revision (each {@code %%EOF});</li>
 *   <li>what OCR reads on every image of every page, as published.</li>
 * </ul>
 * Image and font streams are left to OCR and skipped as bytes (they are binary, and a font holds
 * glyphs, not words). Any hit blocks release.
 */
public final class LeakAudit {

    /** Reads the text on an image at a resolution (OCR). */
    @FunctionalInterface
    public interface ImageReader {
        String read(BufferedImage image, int dpi);
    }

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENDSTREAM = "endstream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final long MAX_INFLATED = 512L << 20;

    private final Needles needles;
    private final ImageReader ocr;

    public LeakAudit(List<Secret> secrets, String publishedText, ImageReader ocr) {
        this.needles = new Needles(secrets, publishedText);
        this.ocr = ocr;
    }

    public LeakReport audit(Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        List<Leak> leaks = new ArrayList<>();
        int streams = scanRaw(bytes, leaks);
        List<Integer> eofs = eofs(bytes);
        for (int r = 0; r < eofs.size(); r++) {
            byte[] revision = r == eofs.size() - 1 ? bytes : Arrays.copyOf(bytes, eofs.get(r) + EOF.length);
            try (PDDocument doc = Loader.loadPDF(revision)) {
                String where = "revision " + (r + 1);
                PDFTextStripper stripper = new PDFTextStripper();
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    report(leaks, Leak.Place.TEXT_LAYER, where + ", page " + p, needles.find(stripper.getText(doc), false));
                }
                scanObjects(doc, where, leaks);
            } catch (IOException unreadable) {
                if (r == eofs.size() - 1) {
                    throw unreadable;
                }
                // an earlier %%EOF that is no revision on its own (inside a stream, say): its bytes were scanned raw
            }
        }
        int reread = 0;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int p = 0;
            for (PDPage page : doc.getPages()) {
                p++;
                for (BufferedImage image : images(page.getResources())) {
                    int dpi = Math.max(72, Math.round(image.getWidth() / (page.getMediaBox().getWidth() / 72f)));
                    report(leaks, Leak.Place.IMAGE_TEXT, "page " + p, needles.find(ocr.read(image, dpi), false));
                }
                reread++;
            }
        }
        return new LeakReport(leaks, needles.checked(), needles.uncheckable(), Math.max(1, eofs.size()), streams, reread);
    }

    /** The leaks in a file that goes with the copy, such as its redaction log. */
    public List<Leak> scanCompanion(byte[] content, String name) {
        List<Leak> leaks = new ArrayList<>();
        report(leaks, Leak.Place.LOG, name, needles.find(new String(content, StandardCharsets.UTF_8), false));
        return leaks;
    }

    private static void report(List<Leak> leaks, Leak.Place place, String where, List<String> types) {
        types.forEach(t -> leaks.add(new Leak(place, where, t)));
    }

    /** Scans the bytes outside streams, then each stream's decoded bytes; returns the number of streams. */
    private int scanRaw(byte[] bytes, List<Leak> leaks) {
        byte[] outside = bytes.clone();
        int count = 0;
        int at = 0;
        while ((at = indexOf(bytes, STREAM, at)) >= 0) {
            int dataStart = at + STREAM.length;
            if (at >= 3 && bytes[at - 3] == 'e' && bytes[at - 2] == 'n' && bytes[at - 1] == 'd') {
                at = dataStart;
                continue;
            }
            if (dataStart < bytes.length && bytes[dataStart] == '\r') {
                dataStart++;
            }
            if (dataStart < bytes.length && bytes[dataStart] == '\n') {
                dataStart++;
            }
            int end = indexOf(bytes, ENDSTREAM, dataStart);
            if (end < 0) {
                break;
            }
            count++;
            String dictionary = dictionaryBefore(bytes, at);
            Arrays.fill(outside, dataStart, end, (byte) ' ');
            if (!dictionary.contains("/Image") && !dictionary.contains("/FontFile") && !dictionary.contains("/Length1")
                    && !dictionary.contains("/FontFile2")) {
                byte[] data = Arrays.copyOfRange(bytes, dataStart, end);
                byte[] decoded = dictionary.contains("/FlateDecode") ? inflate(data) : data;
                report(leaks, Leak.Place.STREAM, "bytes " + dataStart, findInBytes(decoded, true));
            }
            at = end + ENDSTREAM.length;
        }
        report(leaks, Leak.Place.FILE, "outside streams", findInBytes(outside, false));
        return count;
    }

    /** Originals in bytes read as UTF-8, as Latin-1 (PDFDocEncoding's ASCII part) and as UTF-16BE. */
    private List<String> findInBytes(byte[] data, boolean noisy) {
        List<String> found = new ArrayList<>(needles.find(new String(data, StandardCharsets.UTF_8), noisy));
        found.addAll(needles.find(new String(data, StandardCharsets.ISO_8859_1), noisy));
        found.addAll(needles.find(new String(data, StandardCharsets.UTF_16BE), true));
        if (data.length > 1) {
            found.addAll(needles.find(new String(data, 1, data.length - 1, StandardCharsets.UTF_16BE), true));
        }
        return found.stream().distinct().toList();
    }

    private static String dictionaryBefore(byte[] bytes, int streamKeyword) {
        int from = Math.max(0, streamKeyword - 4096);
        String before = new String(bytes, from, streamKeyword - from, StandardCharsets.ISO_8859_1);
        int obj = before.lastIndexOf(" obj");
        return obj >= 0 ? before.substring(obj) : before;
    }

    private static byte[] inflate(byte[] data) {
        Inflater inflater = new Inflater();
        inflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 3);
        byte[] buffer = new byte[64 * 1024];
        try {
            while (!inflater.finished() && out.size() < MAX_INFLATED) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            return out.size() > 0 ? out.toByteArray() : data;
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    /** Every string and name of every object in the cross-reference table, and every decoded non-image stream. */
    private void scanObjects(PDDocument doc, String revision, List<Leak> leaks) throws IOException {
        Map<COSBase, Boolean> seen = new IdentityHashMap<>();
        for (Map.Entry<COSObjectKey, Long> e : doc.getDocument().getXrefTable().entrySet()) {
            COSObject object = doc.getDocument().getObjectFromPool(e.getKey());
            String where = revision + ", object " + e.getKey().getNumber();
            StringBuilder strings = new StringBuilder();
            collect(object.getObject(), strings, seen);
            report(leaks, Leak.Place.OBJECT, where, needles.find(strings.toString(), false));
            if (object.getObject() instanceof COSStream stream && !binary(stream)) {
                try (InputStream in = stream.createInputStream()) {
                    report(leaks, Leak.Place.STREAM, where, findInBytes(in.readNBytes((int) Math.min(MAX_INFLATED, Integer.MAX_VALUE - 8)), true));
                } catch (IOException undecodable) {
                    // its raw bytes were scanned already
                }
            }
        }
    }

    private static boolean binary(COSStream stream) {
        return COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE)) || stream.containsKey(COSName.LENGTH1)
                || COSName.XOBJECT.equals(stream.getCOSName(COSName.TYPE)) && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE));
    }

    private static void collect(COSBase base, StringBuilder out, Map<COSBase, Boolean> seen) {
        if (base == null || seen.put(base, Boolean.TRUE) != null) {
            return;
        }
        switch (base) {
            case COSString s -> out.append(s.getString()).append('\n');
            case COSName n -> out.append(n.getName()).append('\n');
            case COSArray a -> a.forEach(item -> collect(item instanceof COSObject o ? o.getObject() : item, out, seen));
            case COSDictionary d -> d.getValues().forEach(v -> collect(v instanceof COSObject o ? o.getObject() : v, out, seen));
            default -> {
            }
        }
    }

    private static List<BufferedImage> images(PDResources resources) throws IOException {
        List<BufferedImage> out = new ArrayList<>();
        if (resources == null) {
            return out;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) {
                out.add(image.getImage());
            } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                out.addAll(images(form.getResources()));
            }
        }
        return out;
    }

    private static List<Integer> eofs(byte[] bytes) {
        List<Integer> out = new ArrayList<>();
        for (int at = indexOf(bytes, EOF, 0); at >= 0; at = indexOf(bytes, EOF, at + 1)) {
            out.add(at);
        }
        return out;
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
