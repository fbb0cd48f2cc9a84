package vn.sohoa.evidence.pades;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;

/**
 * Whether what was appended after the last signature only adds validation data (PAdES B-LT): new
 * objects, and a catalog that differs from the signed one only by its /DSS (and /Extensions); the
 * document information may change only its modification date and producer. Anything else is a
 * change made after signing.
 */
final class LaterRevisions {

    private static final Set<PdfName> CATALOG_ADDITIONS = Set.of(PdfName.DSS, PdfName.Extensions);
    private static final Set<PdfName> INFO_CHANGES = Set.of(PdfName.ModDate, PdfName.Producer);

    private LaterRevisions() {
    }

    static boolean onlyValidationData(Path file, long signedEnd) {
        PdfReader fullReader;
        try {
            fullReader = new PdfReader(file.toString());
        } catch (IOException e) {
            return false;
        }
        try (InputStream head = bounded(file, signedEnd);
             PdfDocument signed = new PdfDocument(new PdfReader(head));
             PdfDocument full = new PdfDocument(fullReader)) {
            // the appended bytes are covered by no signature: they must parse exactly as written, with
            // no repair, or a changed byte in them (say in "startxref") would pass unseen
            if (fullReader.hasRebuiltXref() || fullReader.hasFixedXref() || !exactTail(file, fullReader.getLastXref())) {
                return false;
            }
            int before = signed.getNumberOfPdfObjects();
            PdfIndirectReference catalog = full.getCatalog().getPdfObject().getIndirectReference();
            PdfDictionary trailerInfo = full.getTrailer().getAsDictionary(PdfName.Info);
            PdfIndirectReference info = trailerInfo == null ? null : trailerInfo.getIndirectReference();
            for (int n = 1; n < before; n++) {
                PdfObject oldObject = signed.getPdfObject(n);
                if (oldObject == null || oldObject.getIndirectReference() == null) {
                    continue;
                }
                PdfObject nowObject = full.getPdfObject(n);
                if (nowObject == null || nowObject.getIndirectReference() == null) {
                    return false;
                }
                PdfIndirectReference old = oldObject.getIndirectReference();
                PdfIndirectReference now = nowObject.getIndirectReference();
                boolean moved = old.getObjStreamNumber() != now.getObjStreamNumber() || old.getOffset() != now.getOffset()
                        || old.getIndex() != now.getIndex();
                if (!moved) {
                    continue;
                }
                if (catalog != null && n == catalog.getObjNumber()) {
                    if (!sameExcept((PdfDictionary) old.getRefersTo(), (PdfDictionary) now.getRefersTo(), CATALOG_ADDITIONS)) {
                        return false;
                    }
                } else if (info != null && n == info.getObjNumber()) {
                    if (!sameExcept((PdfDictionary) old.getRefersTo(), (PdfDictionary) now.getRefersTo(), INFO_CHANGES)) {
                        return false;
                    }
                } else {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException | AssertionError e) {
            return false;
        }
    }

    private static final java.util.regex.Pattern TAIL =
            java.util.regex.Pattern.compile("startxref(?:\\r\\n|\\n)(\\d+)(?:\\r\\n|\\n)%%EOF(?:\\r\\n|\\n)?\\z");

    /** The file ends with exactly {@code startxref}, the offset the reader used, and {@code %%EOF}. */
    private static boolean exactTail(Path file, long lastXref) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            int length = (int) Math.min(64, ch.size());
            java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate(length);
            while (tail.hasRemaining() && ch.read(tail, ch.size() - length + tail.position()) > 0) {
                // read until full
            }
            java.util.regex.Matcher m = TAIL.matcher(new String(tail.array(), java.nio.charset.StandardCharsets.ISO_8859_1));
            return m.find() && m.group(1).length() < 19 && Long.parseLong(m.group(1)) == lastXref;
        }
    }

    private static boolean sameExcept(PdfDictionary old, PdfDictionary now, Set<PdfName> allowed) {
        Set<PdfName> keys = new HashSet<>(old.keySet());
        keys.addAll(now.keySet());
        for (PdfName key : keys) {
            if (allowed.contains(key)) {
                continue;
            }
            PdfObject a = old.get(key, false);
            PdfObject b = now.get(key, false);
            if (a == null || b == null) {
                return false;
            }
            if (a.isIndirectReference() != b.isIndirectReference()) {
                return false;
            }
            if (a.isIndirectReference()) {
                if (((PdfIndirectReference) a).getObjNumber() != ((PdfIndirectReference) b).getObjNumber()) {
                    return false;
                }
            } else if (!a.toString().equals(b.toString())) {
                return false;
            }
        }
        return true;
    }

    private static InputStream bounded(Path file, long length) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        return new java.io.FilterInputStream(Channels.newInputStream(ch)) {
            private long left = length;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                left--;
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(b, off, (int) Math.min(len, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }
        };
    }
}
