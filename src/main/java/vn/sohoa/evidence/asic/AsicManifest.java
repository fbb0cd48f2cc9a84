package vn.sohoa.evidence.asic;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code META-INF/ASiCManifest.xml} (ETSI EN 319 162-1): the signature it belongs to and the
 * SHA-256 of every data object of the bundle.
 */
public record AsicManifest(String signatureUri, List<Reference> references) {

    public static final String NAMESPACE = "http://uri.etsi.org/02918/v1.2.1#";
    public static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    public static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";

    /** One data object: its entry name, media type and SHA-256. */
    public record Reference(String uri, String mimeType, byte[] sha256) {
    }

    public AsicManifest {
        references = List.copyOf(references);
    }

    public byte[] toXml() {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        x.append("<asic:ASiCManifest xmlns:asic=\"").append(NAMESPACE).append("\" xmlns:ds=\"").append(DS).append("\">\n");
        x.append("  <asic:SigReference URI=\"").append(escape(signatureUri)).append("\" MimeType=\"application/pkcs7-signature\"/>\n");
        for (Reference r : references) {
            x.append("  <asic:DataObjectReference URI=\"").append(escape(r.uri())).append("\" MimeType=\"")
                    .append(escape(r.mimeType())).append("\">\n");
            x.append("    <ds:DigestMethod Algorithm=\"").append(SHA256).append("\"/>\n");
            x.append("    <ds:DigestValue>").append(Base64.getEncoder().encodeToString(r.sha256())).append("</ds:DigestValue>\n");
            x.append("  </asic:DataObjectReference>\n");
        }
        x.append("</asic:ASiCManifest>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Parses a manifest with DTDs and external entities off; empty when it is not one. */
    public static Optional<AsicManifest> parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            Element root = b.parse(new ByteArrayInputStream(xml)).getDocumentElement();
            if (!NAMESPACE.equals(root.getNamespaceURI()) || !"ASiCManifest".equals(root.getLocalName())) {
                return Optional.empty();
            }
            NodeList sig = root.getElementsByTagNameNS(NAMESPACE, "SigReference");
            if (sig.getLength() != 1) {
                return Optional.empty();
            }
            String signature = ((Element) sig.item(0)).getAttribute("URI");
            List<Reference> refs = new ArrayList<>();
            NodeList objects = root.getElementsByTagNameNS(NAMESPACE, "DataObjectReference");
            for (int i = 0; i < objects.getLength(); i++) {
                Element e = (Element) objects.item(i);
                Element method = (Element) e.getElementsByTagNameNS(DS, "DigestMethod").item(0);
                Element value = (Element) e.getElementsByTagNameNS(DS, "DigestValue").item(0);
                if (method == null || value == null || !SHA256.equals(method.getAttribute("Algorithm"))) {
                    return Optional.empty();
                }
                byte[] digest = Base64.getDecoder().decode(value.getTextContent().strip());
                refs.add(new Reference(e.getAttribute("URI"), e.getAttribute("MimeType"), digest));
            }
            return Optional.of(new AsicManifest(signature, refs));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace(">", "&gt;");
    }
}
