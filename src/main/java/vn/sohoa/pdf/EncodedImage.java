package vn.sohoa.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A page picture already compressed as a PDF image stream (its dictionary and its encoded bytes),
 * made while the page is read so that assembling the document copies it as it is: no decoding and
 * no re-encoding after the last page. Only images whose dictionary holds plain values (names,
 * numbers, arrays and dictionaries of them) can be prepared; anything else is drawn the usual way.
 */
public record EncodedImage(Map<String, COSBase> dictionary, byte[] encoded, int width, int height) {

    private static final String MAGIC = "SOHOA-IMAGE-1";

    /** The page's picture as the writer would compress it, if its stream can be kept on its own. */
    public static Optional<EncodedImage> of(PageImage image) throws IOException {
        try (PDDocument scratch = new PDDocument()) {
            PDImageXObject xobject = SearchablePdfWriter.image(scratch, image);
            COSStream stream = xobject.getCOSObject();
            Map<String, COSBase> dictionary = new LinkedHashMap<>();
            for (Map.Entry<COSName, COSBase> e : stream.entrySet()) {
                if (e.getKey().equals(COSName.LENGTH)) {
                    continue;
                }
                if (!plain(e.getValue())) {
                    return Optional.empty();
                }
                dictionary.put(e.getKey().getName(), e.getValue());
            }
            byte[] bytes;
            try (InputStream raw = stream.createRawInputStream()) {
                bytes = raw.readAllBytes();
            }
            return Optional.of(new EncodedImage(dictionary, bytes, image.width(), image.height()));
        }
    }

    /** The image as a stream of {@code doc}, its bytes copied as they are. */
    PDImageXObject into(PDDocument doc) throws IOException {
        COSStream stream = doc.getDocument().createCOSStream();
        dictionary.forEach((k, v) -> stream.setItem(COSName.getPDFName(k), v));
        try (OutputStream raw = stream.createRawOutputStream()) {
            raw.write(encoded);
        }
        return new PDImageXObject(new PDStream(stream), null);
    }

    public byte[] toBytes() {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(encoded.length + 256);
            DataOutputStream out = new DataOutputStream(buffer);
            out.writeUTF(MAGIC);
            out.writeInt(width);
            out.writeInt(height);
            out.writeInt(dictionary.size());
            for (Map.Entry<String, COSBase> e : dictionary.entrySet()) {
                out.writeUTF(e.getKey());
                write(out, e.getValue());
            }
            out.writeInt(encoded.length);
            out.write(encoded);
            out.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static EncodedImage fromBytes(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a prepared page image");
        }
        int width = in.readInt();
        int height = in.readInt();
        int entries = in.readInt();
        Map<String, COSBase> dictionary = new LinkedHashMap<>();
        for (int i = 0; i < entries; i++) {
            dictionary.put(in.readUTF(), read(in));
        }
        byte[] encoded = new byte[in.readInt()];
        in.readFully(encoded);
        return new EncodedImage(dictionary, encoded, width, height);
    }

    private static boolean plain(COSBase value) {
        return switch (value) {
            case COSStream s -> false;
            case COSName n -> true;
            case COSInteger i -> true;
            case COSFloat f -> true;
            case COSBoolean b -> true;
            case COSNull n -> true;
            case COSArray a -> {
                for (int i = 0; i < a.size(); i++) {
                    if (!plain(a.get(i))) {
                        yield false;
                    }
                }
                yield true;
            }
            case COSDictionary d -> d.getValues().stream().allMatch(EncodedImage::plain);
            default -> false;
        };
    }

    private static void write(DataOutputStream out, COSBase value) throws IOException {
        switch (value) {
            case COSName n -> {
                out.writeByte('N');
                out.writeUTF(n.getName());
            }
            case COSInteger i -> {
                out.writeByte('I');
                out.writeLong(i.longValue());
            }
            case COSFloat f -> {
                out.writeByte('F');
                out.writeFloat(f.floatValue());
            }
            case COSBoolean b -> {
                out.writeByte('B');
                out.writeBoolean(b.getValue());
            }
            case COSArray a -> {
                out.writeByte('A');
                out.writeInt(a.size());
                for (int i = 0; i < a.size(); i++) {
                    write(out, a.get(i));
                }
            }
            case COSDictionary d -> {
                out.writeByte('D');
                out.writeInt(d.size());
                for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
                    out.writeUTF(e.getKey().getName());
                    write(out, e.getValue());
                }
            }
            default -> out.writeByte('Z');
        }
    }

    private static COSBase read(DataInputStream in) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case 'N' -> COSName.getPDFName(in.readUTF());
            case 'I' -> COSInteger.get(in.readLong());
            case 'F' -> new COSFloat(in.readFloat());
            case 'B' -> COSBoolean.getBoolean(in.readBoolean());
            case 'A' -> {
                int n = in.readInt();
                COSArray a = new COSArray();
                for (int i = 0; i < n; i++) {
                    a.add(read(in));
                }
                yield a;
            }
            case 'D' -> {
                int n = in.readInt();
                COSDictionary d = new COSDictionary();
                for (int i = 0; i < n; i++) {
                    d.setItem(COSName.getPDFName(in.readUTF()), read(in));
                }
                yield d;
            }
            case 'Z' -> COSNull.NULL;
            default -> throw new IOException("a prepared page image is damaged");
        };
    }
}
