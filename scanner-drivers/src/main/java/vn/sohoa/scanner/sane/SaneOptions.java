package vn.sohoa.scanner.sane;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import au.com.southsky.jfreesane.OptionValueConstraintType;
import au.com.southsky.jfreesane.OptionValueType;
import au.com.southsky.jfreesane.SaneDevice;
import au.com.southsky.jfreesane.SaneException;
import au.com.southsky.jfreesane.SaneOption;
import au.com.southsky.jfreesane.SaneStatus;

import vn.sohoa.scanner.ColorMode;
import vn.sohoa.scanner.ScanOutcome;
import vn.sohoa.scanner.ScanSettings;
import vn.sohoa.scanner.Source;

/**
 * SANE's well-known options (source, mode, resolution, scan area; see the SANE standard §4.5) read
 * and set whatever names a backend gives their values, plus the device's own options by name.
 */
final class SaneOptions {

    static final double A4_WIDTH_MM = 210;
    static final double A4_HEIGHT_MM = 297;

    private final SaneDevice device;

    SaneOptions(SaneDevice device) {
        this.device = device;
    }

    List<String> strings(String name) throws IOException {
        SaneOption option = device.getOption(name);
        if (option == null || !option.isActive() || option.getConstraintType() != OptionValueConstraintType.STRING_LIST_CONSTRAINT) {
            return List.of();
        }
        return option.getStringConstraints();
    }

    List<Integer> resolutions() throws IOException {
        SaneOption option = device.getOption("resolution");
        if (option == null) {
            return List.of();
        }
        return switch (option.getConstraintType()) {
            case VALUE_LIST_CONSTRAINT -> option.getType() == OptionValueType.FIXED
                    ? option.getFixedValueListConstraint().stream().map(d -> (int) Math.round(d)).toList()
                    : option.getIntegerValueListConstraint();
            case RANGE_CONSTRAINT -> standardWithin(option);
            default -> List.of();
        };
    }

    private static List<Integer> standardWithin(SaneOption option) {
        double min = option.getType() == OptionValueType.FIXED ? option.getRangeConstraints().getMinimumFixed()
                : option.getRangeConstraints().getMinimumInteger();
        double max = option.getType() == OptionValueType.FIXED ? option.getRangeConstraints().getMaximumFixed()
                : option.getRangeConstraints().getMaximumInteger();
        List<Integer> out = new ArrayList<>();
        for (int dpi : new int[] {75, 100, 150, 200, 240, 300, 400, 600, 1200}) {
            if (dpi >= min && dpi <= max) {
                out.add(dpi);
            }
        }
        return out;
    }

    double maxMm(String name) throws IOException {
        SaneOption option = device.getOption(name);
        if (option == null || option.getConstraintType() != OptionValueConstraintType.RANGE_CONSTRAINT) {
            return 0;
        }
        return option.getType() == OptionValueType.FIXED ? option.getRangeConstraints().getMaximumFixed()
                : option.getRangeConstraints().getMaximumInteger();
    }

    /** Sets source, mode, resolution, the scan area, then the user's own options. */
    void apply(ScanSettings settings) throws IOException, SaneException {
        String source = pick(strings("source"), settings.source());
        if (source != null) {
            device.getOption("source").setStringValue(source);
        }
        for (String mode : strings("mode")) {
            if (modeOf(mode).filter(m -> m == settings.mode()).isPresent()) {
                device.getOption("mode").setStringValue(mode);
                break;
            }
        }
        setNumber("resolution", settings.dpi());
        // Court files are A4: scan that area when the device can, its whole area otherwise.
        setNumber("br-x", Math.min(maxMm("br-x"), A4_WIDTH_MM));
        setNumber("br-y", Math.min(maxMm("br-y"), A4_HEIGHT_MM));
        for (Map.Entry<String, String> e : settings.options().entrySet()) {
            setByType(e.getKey(), e.getValue());
        }
    }

    /** The resolution the device actually uses, which may differ from what was asked. */
    int resolution(int asked) throws IOException, SaneException {
        SaneOption option = device.getOption("resolution");
        if (option == null || !option.isReadable()) {
            return asked;
        }
        return option.getType() == OptionValueType.FIXED ? (int) Math.round(option.getFixedValue()) : option.getIntegerValue();
    }

    private void setNumber(String name, double value) throws IOException, SaneException {
        SaneOption option = device.getOption(name);
        if (option == null || !option.isActive() || !option.isWriteable() || value <= 0) {
            return;
        }
        if (option.getType() == OptionValueType.FIXED) {
            option.setFixedValue(value);
        } else if (option.getType() == OptionValueType.INT) {
            option.setIntegerValue((int) Math.round(value));
        }
    }

    private void setByType(String name, String value) throws IOException, SaneException {
        SaneOption option = device.getOption(name);
        if (option == null) {
            throw new IllegalArgumentException("the device has no option “" + name + "”");
        }
        switch (option.getType()) {
            case STRING -> option.setStringValue(value);
            case INT -> option.setIntegerValue(Integer.parseInt(value));
            case FIXED -> option.setFixedValue(Double.parseDouble(value));
            case BOOLEAN -> option.setBooleanValue(Boolean.parseBoolean(value) || "yes".equalsIgnoreCase(value));
            default -> throw new IllegalArgumentException("the option “" + name + "” cannot be set to a value");
        }
    }

    private static String pick(List<String> names, Source wanted) {
        return names.stream().filter(n -> sourceOf(n) == wanted).findFirst().orElse(null);
    }

    static Source sourceOf(String saneName) {
        String n = saneName.toLowerCase(Locale.ROOT);
        boolean feeder = n.contains("adf") || n.contains("feeder") || n.contains("automatic");
        boolean duplex = n.contains("duplex") || n.contains("both") || n.contains("back");
        return feeder ? (duplex ? Source.FEEDER_DUPLEX : Source.FEEDER) : Source.FLATBED;
    }

    static Optional<ColorMode> modeOf(String saneName) {
        String n = saneName.toLowerCase(Locale.ROOT);
        if (n.contains("lineart") || n.contains("binary") || n.contains("black")) {
            return Optional.of(ColorMode.LINEART);
        }
        if (n.contains("gray") || n.contains("grey")) {
            return Optional.of(ColorMode.GRAY);
        }
        if (n.contains("color") || n.contains("colour")) {
            return Optional.of(ColorMode.COLOR);
        }
        return Optional.empty();
    }

    static ScanOutcome outcomeOf(SaneStatus status, int pages, String words) {
        String said = words == null ? String.valueOf(status) : words;
        return switch (status) {
            case STATUS_NO_DOCS -> new ScanOutcome.FeederEmpty(pages);
            case STATUS_JAMMED -> new ScanOutcome.Jammed(pages, said);
            case STATUS_COVER_OPEN -> new ScanOutcome.CoverOpen(pages, said);
            case STATUS_DEVICE_BUSY -> new ScanOutcome.Busy(pages, said);
            case STATUS_ACCESS_DENIED -> new ScanOutcome.AccessDenied(pages, said);
            case STATUS_CANCELLED -> new ScanOutcome.Cancelled(pages);
            case STATUS_IO_ERROR -> new ScanOutcome.Offline(pages, said);
            default -> new ScanOutcome.Failed(pages, said);
        };
    }
}
