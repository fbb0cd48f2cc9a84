package vn.sohoa.testing;

import java.awt.image.BufferedImage;
import java.util.List;

import vn.sohoa.scanner.simulated.CaseFilePageGenerator;
import vn.sohoa.scanner.simulated.GeneratedPage;

/** Realistic Vietnamese case-file pages with their printed text, from the simulated scanner. */
public final class Pages {

    private static List<GeneratedPage> pages;

    private Pages() {
    }

    /** The n-th page (0-based) of the generated demo case, at 300 dpi. */
    public static synchronized GeneratedPage page(int n) {
        if (pages == null) {
            pages = new CaseFilePageGenerator(300).civilCase(7, "15/2026/DS-ST", "Tòa án nhân dân khu vực 1 – Vĩnh Long")
                    .stream().flatMap(d -> d.pages().stream()).toList();
        }
        return pages.get(n);
    }

    public static String text(GeneratedPage page) {
        return String.join("\n", page.lines());
    }

    /** A copy of a grey image (tests must not change the shared pages). */
    public static BufferedImage copy(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        out.getGraphics().drawImage(image, 0, 0, null);
        return out;
    }
}
