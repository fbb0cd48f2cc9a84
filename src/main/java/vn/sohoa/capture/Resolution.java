package vn.sohoa.capture;

import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;

import org.w3c.dom.NodeList;

/** Reads and writes dots per inch through the format-neutral {@code javax_imageio_1.0} metadata tree. */
final class Resolution {

    static final int DEFAULT_DPI = 300;
    private static final String STANDARD = "javax_imageio_1.0";
    private static final double MM_PER_INCH = 25.4;

    private Resolution() {
    }

    /** The image's resolution, or {@link #DEFAULT_DPI} when the file does not say or says nonsense. */
    static int dpiOf(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return DEFAULT_DPI;
        }
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(STANDARD);
        NodeList nodes = root.getElementsByTagName("HorizontalPixelSize");
        if (nodes.getLength() == 0) {
            return DEFAULT_DPI;
        }
        try {
            double mmPerPixel = Double.parseDouble(((IIOMetadataNode) nodes.item(0)).getAttribute("value"));
            long dpi = Math.round(MM_PER_INCH / mmPerPixel);
            return dpi >= 50 && dpi <= 2400 ? (int) dpi : DEFAULT_DPI;
        } catch (NumberFormatException e) {
            return DEFAULT_DPI;
        }
    }

    /** A tree that, merged into a writer's metadata, records {@code dpi} in both directions. */
    static IIOMetadataNode tree(int dpi) {
        String mmPerPixel = Double.toString(MM_PER_INCH / dpi);
        IIOMetadataNode horizontal = new IIOMetadataNode("HorizontalPixelSize");
        horizontal.setAttribute("value", mmPerPixel);
        IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
        vertical.setAttribute("value", mmPerPixel);
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        dimension.appendChild(horizontal);
        dimension.appendChild(vertical);
        IIOMetadataNode root = new IIOMetadataNode(STANDARD);
        root.appendChild(dimension);
        return root;
    }

    static String standardFormat() {
        return STANDARD;
    }
}
