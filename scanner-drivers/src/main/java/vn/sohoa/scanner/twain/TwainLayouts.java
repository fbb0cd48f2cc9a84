package vn.sohoa.scanner.twain;

import static java.lang.foreign.MemoryLayout.sequenceLayout;
import static java.lang.foreign.MemoryLayout.structLayout;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;

/**
 * The TWAIN 2.4 structures SoHoa exchanges with the Data Source Manager ({@code TWAINDSM.dll}), as
 * the FFM API sees them. twain.h packs every structure to 2 bytes on Windows ({@code #pragma pack(2)}),
 * so 32-bit fields and pointers may sit at 2-byte offsets; the layouts say so explicitly.
 */
public final class TwainLayouts {

    static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT.withByteAlignment(2);
    static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT.withByteAlignment(2);
    static final AddressLayout HANDLE = ValueLayout.ADDRESS.withByteAlignment(2);
    /** TW_STR32: 32 characters, a terminating NUL and a pad byte. */
    static final MemoryLayout STR32 = sequenceLayout(34, ValueLayout.JAVA_BYTE);

    public static final StructLayout TW_VERSION = structLayout(
            U16.withName("MajorNum"), U16.withName("MinorNum"), U16.withName("Language"), U16.withName("Country"),
            STR32.withName("Info")).withName("TW_VERSION");

    public static final StructLayout TW_IDENTITY = structLayout(
            U32.withName("Id"), TW_VERSION.withName("Version"), U16.withName("ProtocolMajor"), U16.withName("ProtocolMinor"),
            U32.withName("SupportedGroups"), STR32.withName("Manufacturer"), STR32.withName("ProductFamily"),
            STR32.withName("ProductName")).withName("TW_IDENTITY");

    public static final StructLayout TW_CAPABILITY = structLayout(
            U16.withName("Cap"), U16.withName("ConType"), HANDLE.withName("hContainer")).withName("TW_CAPABILITY");

    public static final StructLayout TW_ONEVALUE = structLayout(
            U16.withName("ItemType"), U32.withName("Item")).withName("TW_ONEVALUE");

    public static final StructLayout TW_USERINTERFACE = structLayout(
            U16.withName("ShowUI"), U16.withName("ModalUI"), HANDLE.withName("hParent")).withName("TW_USERINTERFACE");

    public static final StructLayout TW_PENDINGXFERS = structLayout(
            U16.withName("Count"), U32.withName("EOJ")).withName("TW_PENDINGXFERS");

    /** TW_FIX32: a whole part and a 1/65536 fraction. */
    public static final StructLayout TW_FIX32 = structLayout(
            U16.withName("Whole"), U16.withName("Frac")).withName("TW_FIX32");

    public static final StructLayout TW_IMAGEINFO = structLayout(
            TW_FIX32.withName("XResolution"), TW_FIX32.withName("YResolution"), U32.withName("ImageWidth"),
            U32.withName("ImageLength"), U16.withName("SamplesPerPixel"),
            sequenceLayout(8, U16).withName("BitsPerSample"), U16.withName("BitsPerPixel"), U16.withName("Planar"),
            U16.withName("PixelType"), U16.withName("Compression")).withName("TW_IMAGEINFO");

    public static final StructLayout TW_SETUPMEMXFER = structLayout(
            U32.withName("MinBufSize"), U32.withName("MaxBufSize"), U32.withName("Preferred")).withName("TW_SETUPMEMXFER");

    public static final StructLayout TW_MEMORY = structLayout(
            U32.withName("Flags"), U32.withName("Length"), HANDLE.withName("TheMem")).withName("TW_MEMORY");

    public static final StructLayout TW_IMAGEMEMXFER = structLayout(
            U16.withName("Compression"), U32.withName("BytesPerRow"), U32.withName("Columns"), U32.withName("Rows"),
            U32.withName("XOffset"), U32.withName("YOffset"), U32.withName("BytesWritten"),
            TW_MEMORY.withName("Memory")).withName("TW_IMAGEMEMXFER");

    /** TW_STATUS: why the last triplet failed. */
    public static final StructLayout TW_STATUS = structLayout(
            U16.withName("ConditionCode"), U16.withName("Data")).withName("TW_STATUS");

    /** TW_CALLBACK2 (TWAIN 2.2+): the function the source calls with MSG_XFERREADY and MSG_CLOSEDSREQ. */
    public static final StructLayout TW_CALLBACK2 = structLayout(
            HANDLE.withName("CallBackProc"), HANDLE.withName("RefCon"), U16.withName("Message")).withName("TW_CALLBACK2");

    /** TW_ENTRYPOINT: the DSM's memory functions, which a TWAIN 2 application must use for handles it shares. */
    public static final StructLayout TW_ENTRYPOINT = structLayout(
            U32.withName("Size"), HANDLE.withName("DSM_Entry"), HANDLE.withName("DSM_MemAllocate"),
            HANDLE.withName("DSM_MemFree"), HANDLE.withName("DSM_MemLock"), HANDLE.withName("DSM_MemUnlock"))
            .withName("TW_ENTRYPOINT");

    private TwainLayouts() {
    }
}
