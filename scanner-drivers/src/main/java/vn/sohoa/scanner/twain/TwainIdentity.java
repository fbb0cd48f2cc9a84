package vn.sohoa.scanner.twain;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/** A TW_IDENTITY as SoHoa reads it: the DSM's id for a source, and its names. */
public record TwainIdentity(int id, String manufacturer, String productFamily, String productName) {

    static final long ID = TwainLayouts.TW_IDENTITY.byteOffset(groupElement("Id"));
    static final long PROTOCOL_MAJOR = TwainLayouts.TW_IDENTITY.byteOffset(groupElement("ProtocolMajor"));
    static final long PROTOCOL_MINOR = TwainLayouts.TW_IDENTITY.byteOffset(groupElement("ProtocolMinor"));
    static final long SUPPORTED_GROUPS = TwainLayouts.TW_IDENTITY.byteOffset(groupElement("SupportedGroups"));
    static final long MANUFACTURER = TwainLayouts.TW_IDENTITY.byteOffset(groupElement("Manufacturer"));
    static final long PRODUCT_FAMILY = TwainLayouts.TW_IDENTITY.byteOffset(groupElement("ProductFamily"));
    static final long PRODUCT_NAME = TwainLayouts.TW_IDENTITY.byteOffset(groupElement("ProductName"));
    static final long VERSION = TwainLayouts.TW_IDENTITY.byteOffset(groupElement("Version"));

    static TwainIdentity read(MemorySegment identity) {
        MemorySegment s = identity.reinterpret(TwainLayouts.TW_IDENTITY.byteSize());
        return new TwainIdentity(s.get(ValueLayout.JAVA_INT_UNALIGNED, ID), str32(s, MANUFACTURER), str32(s, PRODUCT_FAMILY),
                str32(s, PRODUCT_NAME));
    }

    /** SoHoa's own identity: TWAIN 2.4, control and image groups, DF_APP2. */
    static MemorySegment application(Arena arena) {
        MemorySegment s = arena.allocate(TwainLayouts.TW_IDENTITY);
        s.set(ValueLayout.JAVA_SHORT_UNALIGNED, VERSION, (short) 0);          // MajorNum
        s.set(ValueLayout.JAVA_SHORT_UNALIGNED, VERSION + 2, (short) 1);      // MinorNum
        s.set(ValueLayout.JAVA_SHORT_UNALIGNED, VERSION + 4, (short) 13);     // TWLG_USA (no TWLG for Vietnamese)
        s.set(ValueLayout.JAVA_SHORT_UNALIGNED, VERSION + 6, (short) 84);     // TWCY_VIETNAM
        putStr32(s, VERSION + 8, "SoHoa 0.1");
        s.set(ValueLayout.JAVA_SHORT_UNALIGNED, PROTOCOL_MAJOR, (short) 2);
        s.set(ValueLayout.JAVA_SHORT_UNALIGNED, PROTOCOL_MINOR, (short) 4);
        s.set(ValueLayout.JAVA_INT_UNALIGNED, SUPPORTED_GROUPS, Triplet.Dg.CONTROL | Triplet.Dg.IMAGE | Twain.DF_APP2);
        putStr32(s, MANUFACTURER, "SoHoa");
        putStr32(s, PRODUCT_FAMILY, "SoHoa");
        putStr32(s, PRODUCT_NAME, "SoHoa");
        return s;
    }

    static String str32(MemorySegment s, long offset) {
        byte[] bytes = s.asSlice(offset, 34).toArray(ValueLayout.JAVA_BYTE);
        int end = 0;
        while (end < 33 && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
    }

    static void putStr32(MemorySegment s, long offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        int n = Math.min(bytes.length, 33);
        MemorySegment.copy(bytes, 0, s, ValueLayout.JAVA_BYTE, offset, n);
        s.asSlice(offset + n, 34 - n).fill((byte) 0);
    }
}
