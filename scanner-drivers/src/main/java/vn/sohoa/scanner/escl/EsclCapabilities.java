package vn.sohoa.scanner.escl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import vn.sohoa.scanner.Capabilities;
import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.Source;

/**
 * Reads {@code /eSCL/ScannerCapabilities} (Mopria eSCL §8.1.4): make and model, platen and feeder
 * input capabilities, colour modes, discrete resolutions, maximum area in 300ths of an inch, and
 * the document formats the device can send.
 */
record EsclCapabilities(String makeAndModel, Capabilities capabilities, List<String> formats) {

    private static final double MM_PER_300TH_INCH = 25.4 / 300;

    static EsclCapabilities parse(byte[] xml) throws IOException {
        Document doc = parseXml(xml);
        Set<Source> sources = EnumSet.noneOf(Source.class);
        if (first(doc, "Platen") != null) {
            sources.add(Source.FLATBED);
        }
        if (first(doc, "AdfSimplexInputCaps") != null) {
            sources.add(Source.FEEDER);
        }
        if (first(doc, "AdfDuplexInputCaps") != null) {
            sources.add(Source.FEEDER_DUPLEX);
        }
        Set<ColorMode> modes = EnumSet.noneOf(ColorMode.class);
        for (String m : texts(doc, "ColorMode")) {
            switch (m) {
                case "BlackAndWhite1" -> modes.add(ColorMode.LINEART);
                case "Grayscale8" -> modes.add(ColorMode.GRAY);
                case "RGB24" -> modes.add(ColorMode.COLOR);
                default -> { }
            }
        }
        Set<Integer> resolutions = new TreeSet<>();
        for (String r : texts(doc, "XResolution")) {
            resolutions.add(Integer.parseInt(r.strip()));
        }
        double width = texts(doc, "MaxWidth").stream().mapToDouble(Double::parseDouble).max().orElse(0) * MM_PER_300TH_INCH;
        double height = texts(doc, "MaxHeight").stream().mapToDouble(Double::parseDouble).max().orElse(0) * MM_PER_300TH_INCH;
        List<String> formats = new ArrayList<>(new TreeSet<>(texts(doc, "DocumentFormatExt")));
        if (formats.isEmpty()) {
            formats = new ArrayList<>(new TreeSet<>(texts(doc, "DocumentFormat")));
        }
        String make = texts(doc, "MakeAndModel").stream().findFirst().orElse("eSCL scanner");
        return new EsclCapabilities(make, new Capabilities(sources, List.copyOf(resolutions), modes, width, height), formats);
    }

    static Document parseXml(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the scanner sent XML that cannot be read: " + e.getMessage(), e);
        }
    }

    static List<String> texts(Document doc, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS("*", localName);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().strip());
        }
        return out;
    }

    private static Element first(Document doc, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }
}
