package vn.sohoa.scanner.twain;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.foreign.StructLayout;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Sizes and offsets of twain.h's structures with Windows' 2-byte packing on a 64-bit JVM, as a C
 * compiler lays them out (sizeof(TW_IDENTITY) is 156 on every Windows TWAIN application).
 */
class TwainLayoutsTest {

    @Test
    void identity() {
        assertThat(TwainLayouts.TW_VERSION.byteSize()).isEqualTo(42);
        assertThat(TwainLayouts.TW_IDENTITY.byteSize()).isEqualTo(156);
        assertThat(offset(TwainLayouts.TW_IDENTITY, "Version")).isEqualTo(4);
        assertThat(offset(TwainLayouts.TW_IDENTITY, "ProtocolMajor")).isEqualTo(46);
        assertThat(offset(TwainLayouts.TW_IDENTITY, "SupportedGroups")).isEqualTo(50);
        assertThat(offset(TwainLayouts.TW_IDENTITY, "Manufacturer")).isEqualTo(54);
        assertThat(offset(TwainLayouts.TW_IDENTITY, "ProductFamily")).isEqualTo(88);
        assertThat(offset(TwainLayouts.TW_IDENTITY, "ProductName")).isEqualTo(122);
    }

    @Test
    void capabilityAndContainers() {
        long pointer = ValueLayout.ADDRESS.byteSize();
        assertThat(TwainLayouts.TW_CAPABILITY.byteSize()).isEqualTo(4 + pointer);
        assertThat(offset(TwainLayouts.TW_CAPABILITY, "hContainer")).isEqualTo(4);
        assertThat(TwainLayouts.TW_ONEVALUE.byteSize()).isEqualTo(6);
        assertThat(offset(TwainLayouts.TW_ONEVALUE, "Item")).isEqualTo(2);
        assertThat(TwainLayouts.TW_USERINTERFACE.byteSize()).isEqualTo(4 + pointer);
        assertThat(TwainLayouts.TW_PENDINGXFERS.byteSize()).isEqualTo(6);
    }

    @Test
    void imageTransfer() {
        assertThat(TwainLayouts.TW_IMAGEINFO.byteSize()).isEqualTo(42);
        assertThat(offset(TwainLayouts.TW_IMAGEINFO, "ImageWidth")).isEqualTo(8);
        assertThat(offset(TwainLayouts.TW_IMAGEINFO, "BitsPerSample")).isEqualTo(18);
        assertThat(offset(TwainLayouts.TW_IMAGEINFO, "PixelType")).isEqualTo(38);
        assertThat(TwainLayouts.TW_SETUPMEMXFER.byteSize()).isEqualTo(12);
        assertThat(offset(TwainLayouts.TW_IMAGEMEMXFER, "BytesWritten")).isEqualTo(22);
        assertThat(offset(TwainLayouts.TW_IMAGEMEMXFER, "Memory")).isEqualTo(26);
        assertThat(TwainLayouts.TW_IMAGEMEMXFER.byteSize()).isEqualTo(34 + ValueLayout.ADDRESS.byteSize());
    }

    @Test
    void statusCallbackAndEntryPoint() {
        long pointer = ValueLayout.ADDRESS.byteSize();
        assertThat(TwainLayouts.TW_STATUS.byteSize()).isEqualTo(4);
        assertThat(TwainLayouts.TW_CALLBACK2.byteSize()).isEqualTo(2 * pointer + 2);
        assertThat(offset(TwainLayouts.TW_CALLBACK2, "Message")).isEqualTo(2 * pointer);
        assertThat(TwainLayouts.TW_ENTRYPOINT.byteSize()).isEqualTo(4 + 5 * pointer);
        assertThat(offset(TwainLayouts.TW_ENTRYPOINT, "DSM_MemAllocate")).isEqualTo(4 + pointer);
        assertThat(offset(TwainLayouts.TW_ENTRYPOINT, "DSM_MemUnlock")).isEqualTo(4 + 4 * pointer);
    }

    @Test
    void anIdentityWrittenThroughTheLayoutReadsBackAsTwainExpects() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment id = arena.allocate(TwainLayouts.TW_IDENTITY);
            var major = TwainLayouts.TW_IDENTITY.varHandle(groupElement("ProtocolMajor"));
            major.set(id, 0L, (short) 2);
            byte[] name = "SoHoa".getBytes(StandardCharsets.US_ASCII);
            MemorySegment.copy(name, 0, id, ValueLayout.JAVA_BYTE, offset(TwainLayouts.TW_IDENTITY, "ProductName"), name.length);
            assertThat(id.get(ValueLayout.JAVA_SHORT_UNALIGNED, 46)).isEqualTo((short) 2);
            assertThat(id.getString(122)).isEqualTo("SoHoa");
        }
    }

    private static long offset(StructLayout layout, String field) {
        return layout.byteOffset(groupElement(field));
    }
}
