package vn.sohoa.evidence.pades;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.signatures.SignatureUtil;

/** How much of a signature's /Contents its CMS uses: {used, room}. */
final class ContentsFit {

    private ContentsFit() {
    }

    static int[] measure(byte[] pdf, String field) throws IOException {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            PdfString contents = new SignatureUtil(doc).getSignatureDictionary(field).getAsString(PdfName.Contents);
            byte[] bytes = contents.getValueBytes();
            return new int[] {derLength(bytes), bytes.length};
        }
    }

    private static int derLength(byte[] b) {
        int first = b[1] & 0xff;
        if (first < 0x80) {
            return 2 + first;
        }
        int n = first & 0x7f;
        int length = 0;
        for (int i = 0; i < n; i++) {
            length = length << 8 | (b[2 + i] & 0xff);
        }
        return 2 + n + length;
    }
}
