package vn.sohoa.app.desktop.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.sohoa.evidence.asic.CaseBundle;

/**
 * What a judge reads in an evidence file, whatever its verdict: the PDFs (each page's text for
 * search) and the custody events. A damaged file gives what can still be read; the verdict says
 * what is wrong with it.
 */
public record OpenedEvidence(Map<String, byte[]> pdfs, List<BundlePage> pages, List<CustodyEntry> custody) {

    private static final long MAX_PDF = 512L * 1024 * 1024;

    public static OpenedEvidence read(Path file) {
        Map<String, byte[]> pdfs = new LinkedHashMap<>();
        List<CustodyEntry> custody = new ArrayList<>();
        if (isZip(file)) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    try {
                        if (e.getName().toLowerCase(Locale.ROOT).endsWith(".pdf") && e.getSize() <= MAX_PDF) {
                            pdfs.put(e.getName(), readAll(zip, e));
                        } else if (e.getName().equals(CaseBundle.CUSTODY)) {
                            custody.addAll(custody(readAll(zip, e)));
                        }
                    } catch (IOException | RuntimeException damaged) {
                        // A damaged entry is shown red by the verdict; the rest is still worth reading.
                    }
                }
            } catch (IOException unreadable) {
                // The verdict explains it.
            }
        } else {
            try {
                pdfs.put(file.getFileName().toString(), Files.readAllBytes(file));
            } catch (IOException unreadable) {
                // The verdict explains it.
            }
        }
        List<BundlePage> pages = new ArrayList<>();
        for (Map.Entry<String, byte[]> pdf : pdfs.entrySet()) {
            pages.addAll(pagesOf(pdf.getKey(), pdf.getValue()));
        }
        return new OpenedEvidence(pdfs, pages, custody);
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K';
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] readAll(ZipFile zip, ZipEntry e) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            return in.readAllBytes();
        }
    }

    private static List<BundlePage> pagesOf(String document, byte[] pdf) {
        List<BundlePage> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(new BundlePage(document, i, stripper.getText(doc)));
            }
        } catch (IOException | RuntimeException unreadable) {
            // A PDF that does not open has no pages to read; its verdict line is red.
        }
        return pages;
    }

    static List<CustodyEntry> custody(byte[] jsonl) {
        ObjectMapper json = new ObjectMapper();
        List<CustodyEntry> out = new ArrayList<>();
        for (String line : new String(jsonl, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode n = json.readTree(line);
                out.add(new CustodyEntry(n.path("seq").asLong(), Instant.parse(n.path("time").asText()),
                        n.path("actor").asText(), n.path("action").asText(),
                        n.path("object").isNull() ? Optional.empty() : Optional.of(n.path("object").asText()),
                        n.path("detail").asText()));
            } catch (IOException | RuntimeException bad) {
                // A line that does not parse breaks the chain, which the verdict reports.
            }
        }
        return out;
    }
}
