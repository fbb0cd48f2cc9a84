package vn.sohoa.scanner.escl;

import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.Source;

/** The ScanSettings document of a new eSCL job (Mopria eSCL §8.2.1), for an A4 page. */
final class EsclScanSettings {

    /** A4 in 300ths of an inch, the unit of eSCL scan regions. */
    private static final int A4_WIDTH = 2480;
    private static final int A4_HEIGHT = 3508;

    private EsclScanSettings() {
    }

    static String xml(ScanSettings settings, String format) {
        String source = settings.source() == Source.FLATBED ? "Platen" : "Feeder";
        String duplex = settings.source() == Source.FEEDER_DUPLEX ? "<scan:Duplex>true</scan:Duplex>" : "";
        String mode = switch (settings.mode()) {
            case LINEART -> "BlackAndWhite1";
            case GRAY -> "Grayscale8";
            case COLOR -> "RGB24";
        };
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <scan:ScanSettings xmlns:scan="http://schemas.hp.com/imaging/escl/2011/05/03" \
                xmlns:pwg="http://www.pwg.org/schemas/2010/12/sm">
                  <pwg:Version>2.6</pwg:Version>
                  <scan:Intent>Document</scan:Intent>
                  <pwg:ScanRegions>
                    <pwg:ScanRegion>
                      <pwg:ContentRegionUnits>escl:ThreeHundredthsOfInches</pwg:ContentRegionUnits>
                      <pwg:XOffset>0</pwg:XOffset>
                      <pwg:YOffset>0</pwg:YOffset>
                      <pwg:Width>%d</pwg:Width>
                      <pwg:Height>%d</pwg:Height>
                    </pwg:ScanRegion>
                  </pwg:ScanRegions>
                  <pwg:InputSource>%s</pwg:InputSource>
                  %s
                  <scan:ColorMode>%s</scan:ColorMode>
                  <scan:XResolution>%d</scan:XResolution>
                  <scan:YResolution>%d</scan:YResolution>
                  <pwg:DocumentFormat>%s</pwg:DocumentFormat>
                  <scan:DocumentFormatExt>%s</scan:DocumentFormatExt>
                </scan:ScanSettings>
                """.formatted(A4_WIDTH, A4_HEIGHT, source, duplex, mode, settings.dpi(), settings.dpi(), format, format);
    }
}
