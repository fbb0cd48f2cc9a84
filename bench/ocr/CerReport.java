import java.nio.file.Files;
import java.nio.file.Path;

import vn.sohoa.ocr.CharacterErrorRate;

/**
 * CER of texts against their ground truth, with the project's definition (vn.sohoa.ocr.CharacterErrorRate):
 * java -cp ENGINE_JAR CerReport.java HYP1 REF1 [HYP2 REF2 …] prints one line per pair and the
 * character-weighted total: "total <cer> <errors> <reference chars>".
 */
public class CerReport {
    public static void main(String[] args) throws Exception {
        double errors = 0;
        long chars = 0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            String hyp = Files.readString(Path.of(args[i]));
            String ref = Files.readString(Path.of(args[i + 1]));
            double cer = CharacterErrorRate.of(hyp, ref);
            int n = CharacterErrorRate.normalize(ref).codePointCount(0, CharacterErrorRate.normalize(ref).length());
            errors += cer * n;
            chars += n;
            System.out.printf("%s %.4f%n", args[i + 1], cer);
        }
        System.out.printf("total %.4f %.0f %d%n", chars == 0 ? 0 : errors / chars, errors, chars);
    }
}
