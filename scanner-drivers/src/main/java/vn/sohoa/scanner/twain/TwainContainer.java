package vn.sohoa.scanner.twain;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The values a source answers to MSG_GET on a capability, from its container: TW_ONEVALUE,
 * TW_ENUMERATION (all items) or TW_RANGE (minimum, maximum, step). FIX32 values are read as numbers.
 */
public record TwainContainer(int type, List<Double> values, double min, double max, double step) {

    static final long MAX_BYTES = 14 + 4L * 1024;

    /** Reads the container of {@code conType} at {@code data} (locked, at least the container's size). */
    static TwainContainer read(int conType, MemorySegment data) {
        int itemType = Short.toUnsignedInt(data.get(ValueLayout.JAVA_SHORT_UNALIGNED, 0));
        return switch (conType) {
            case Twain.ON_ONEVALUE -> {
                double v = item(data, 2, itemType);
                yield new TwainContainer(conType, List.of(v), v, v, 0);
            }
            case Twain.ON_ENUMERATION -> {
                int n = Math.min(data.get(ValueLayout.JAVA_INT_UNALIGNED, 2), 1024);
                List<Double> values = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    values.add(item(data, 14 + (long) i * size(itemType), itemType));
                }
                yield new TwainContainer(conType, List.copyOf(values), values.stream().mapToDouble(d -> d).min().orElse(0),
                        values.stream().mapToDouble(d -> d).max().orElse(0), 0);
            }
            case Twain.ON_RANGE -> new TwainContainer(conType, List.of(), item(data, 2, itemType), item(data, 6, itemType),
                    item(data, 10, itemType));
            default -> throw new IllegalArgumentException("container type " + conType + " is not read by SoHoa");
        };
    }

    /** True when {@code value} is one the source allows. */
    public boolean allows(double value) {
        if (type == Twain.ON_RANGE) {
            return value >= min && value <= max && (step <= 0 || Math.abs((value - min) / step - Math.round((value - min) / step)) < 1e-6);
        }
        return values.stream().anyMatch(v -> Math.abs(v - value) < 1e-6);
    }

    private static int size(int itemType) {
        return switch (itemType) {
            case Twain.TY_FIX32, 2, 5 -> 4;   // FIX32, INT32, UINT32
            case 0, 3 -> 1;                   // INT8, UINT8
            default -> 2;                     // INT16, UINT16, BOOL
        };
    }

    private static double item(MemorySegment data, long offset, int itemType) {
        return switch (itemType) {
            case Twain.TY_FIX32 -> data.get(ValueLayout.JAVA_SHORT_UNALIGNED, offset)
                    + Short.toUnsignedInt(data.get(ValueLayout.JAVA_SHORT_UNALIGNED, offset + 2)) / 65536.0;
            case 2, 5 -> data.get(ValueLayout.JAVA_INT_UNALIGNED, offset);
            case Twain.TY_INT16 -> data.get(ValueLayout.JAVA_SHORT_UNALIGNED, offset);
            case 0 -> data.get(ValueLayout.JAVA_BYTE, offset);
            case 3 -> Byte.toUnsignedInt(data.get(ValueLayout.JAVA_BYTE, offset));
            default -> Short.toUnsignedInt(data.get(ValueLayout.JAVA_SHORT_UNALIGNED, offset));
        };
    }
}
