package vn.sohoa.pdf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The XMP metadata of a SoHoa PDF/A-2b: Dublin Core title, dates and tools, the PDF/A
 * identification, and SoHoa's own properties (case number, document type, court, conversion from
 * paper) in the {@code sohoa:} namespace, declared with a PDF/A extension schema as PDF/A requires.
 */
final class XmpPacket {

    static final String NAMESPACE = "https://sohoa.vn/ns/casefile/1.0/";

    private XmpPacket() {
    }

    static String date(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    static byte[] of(DocumentMetadata meta, String producer, String creatorTool) {
        StringBuilder x = new StringBuilder();
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n")
                .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(meta.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        meta.conversion().ifPresent(c -> x.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(c.converter()))
                .append("</rdf:li></rdf:Seq></dc:creator>\n"));
        x.append("</rdf:Description>\n");
        String created = date(meta.created());
        x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("<xmp:CreateDate>").append(created).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(created).append("</xmp:ModifyDate>\n")
                .append("<xmp:MetadataDate>").append(created).append("</xmp:MetadataDate>\n")
                .append("<xmp:CreatorTool>").append(escape(creatorTool)).append("</xmp:CreatorTool>\n")
                .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("<pdf:Producer>").append(escape(producer)).append("</pdf:Producer>\n")
                .append("</rdf:Description>\n");
        x.append(extensionSchema());
        x.append("<rdf:Description rdf:about=\"\" xmlns:sohoa=\"").append(NAMESPACE).append("\">\n");
        property(x, "caseNumber", meta.caseNumber());
        property(x, "documentType", meta.documentType());
        property(x, "court", meta.court());
        meta.conversion().ifPresent(c -> {
            property(x, "convertedFromPaper", Optional.of("True"));
            property(x, "convertedAt", Optional.of(date(c.convertedAt())));
            property(x, "converter", Optional.of(c.converter()));
            property(x, "converterUnit", Optional.of(c.unit()));
            property(x, "documentId", Optional.of(c.documentId()));
            property(x, "masterSha256", Optional.of(String.join(" ", c.masterSha256())));
            property(x, "mastersDigest", Optional.of(c.mastersDigest()));
        });
        x.append("</rdf:Description>\n");
        x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void property(StringBuilder x, String name, Optional<String> value) {
        value.ifPresent(v -> x.append("<sohoa:").append(name).append('>').append(escape(v))
                .append("</sohoa:").append(name).append(">\n"));
    }

    private record Declared(String name, String type, String description) {
    }

    private static final Declared[] PROPERTIES = {
        new Declared("caseNumber", "Text", "Case number, e.g. 12/2024/HS-ST"),
        new Declared("documentType", "Text", "Document type of the case file"),
        new Declared("court", "Text", "Court that holds the case file"),
        new Declared("convertedFromPaper", "Boolean", "The document was converted from a paper original"),
        new Declared("convertedAt", "Date", "Time of the conversion from paper"),
        new Declared("converter", "Text", "Person who converted the document"),
        new Declared("converterUnit", "Text", "Unit of the person who converted the document"),
        new Declared("documentId", "Text", "Identifier of the document in SoHoa"),
        new Declared("masterSha256", "Text", "SHA-256 of the master page images, space separated"),
        new Declared("mastersDigest", "Text", "SHA-256 over the master hashes in page order, one hex hash and a newline each"),
    };

    private static String extensionSchema() {
        StringBuilder x = new StringBuilder();
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaSchema:schema>SoHoa case file</pdfaSchema:schema>\n")
                .append("<pdfaSchema:namespaceURI>").append(NAMESPACE).append("</pdfaSchema:namespaceURI>\n")
                .append("<pdfaSchema:prefix>sohoa</pdfaSchema:prefix>\n")
                .append("<pdfaSchema:property><rdf:Seq>\n");
        for (Declared p : PROPERTIES) {
            x.append("<rdf:li rdf:parseType=\"Resource\">")
                    .append("<pdfaProperty:name>").append(p.name()).append("</pdfaProperty:name>")
                    .append("<pdfaProperty:valueType>").append(p.type()).append("</pdfaProperty:valueType>")
                    .append("<pdfaProperty:category>external</pdfaProperty:category>")
                    .append("<pdfaProperty:description>").append(p.description()).append("</pdfaProperty:description>")
                    .append("</rdf:li>\n");
        }
        x.append("</rdf:Seq></pdfaSchema:property>\n</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n");
        return x.toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
