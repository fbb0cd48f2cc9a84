package vn.sohoa.scanner.twain;

/** twain.h's codes that the bridge uses beyond the triplets: return and condition codes, capabilities, types. */
public final class Twain {

    /** Return codes (TWRC_*). */
    public static final int RC_SUCCESS = 0;
    public static final int RC_FAILURE = 1;
    public static final int RC_CHECKSTATUS = 2;
    public static final int RC_CANCEL = 3;
    public static final int RC_XFERDONE = 6;
    public static final int RC_ENDOFLIST = 7;

    /** Condition codes (TWCC_*), read with DAT_STATUS after a failure. */
    public static final int CC_SEQERROR = 11;
    public static final int CC_CAPUNSUPPORTED = 13;
    public static final int CC_DENIED = 16;
    public static final int CC_PAPERJAM = 20;
    public static final int CC_PAPERDOUBLEFEED = 21;
    public static final int CC_CHECKDEVICEONLINE = 23;
    public static final int CC_INTERLOCK = 24;
    public static final int CC_NOMEDIA = 29;

    /** Data argument types beyond {@link Triplet.Dat}. */
    public static final int DAT_STATUS = 0x0008;
    public static final int DAT_CALLBACK2 = 0x0012;
    public static final int DAT_ENTRYPOINT = 0x0403;

    /** Messages beyond {@link Triplet.Msg}. */
    public static final int MSG_CLOSEDSREQ = 0x0102;
    public static final int MSG_CLOSEDSOK = 0x0103;
    public static final int MSG_REGISTER_CALLBACK = 0x0902;

    /** Capabilities. */
    public static final int CAP_XFERCOUNT = 0x0001;
    public static final int ICAP_PIXELTYPE = 0x0101;
    public static final int ICAP_XFERMECH = 0x0103;
    public static final int CAP_FEEDERENABLED = 0x1002;
    public static final int CAP_DUPLEXENABLED = 0x1013;
    public static final int ICAP_XRESOLUTION = 0x1118;
    public static final int ICAP_YRESOLUTION = 0x1119;
    public static final int ICAP_PHYSICALWIDTH = 0x1111;
    public static final int ICAP_PHYSICALHEIGHT = 0x1112;

    /** Item types (TWTY_*) and the one container SoHoa sends (TWON_ONEVALUE). */
    public static final int TY_INT16 = 1;
    public static final int TY_UINT16 = 4;
    public static final int TY_BOOL = 6;
    public static final int TY_FIX32 = 7;
    public static final int ON_ENUMERATION = 4;
    public static final int ON_ONEVALUE = 5;
    public static final int ON_RANGE = 6;

    /** Pixel types (TWPT_*), transfer mechanisms (TWSX_*), memory flags (TWMF_*). */
    public static final int PT_BW = 0;
    public static final int PT_GRAY = 1;
    public static final int PT_RGB = 2;
    public static final int SX_NATIVE = 0;
    public static final int SX_MEMORY = 2;
    public static final int MF_APPOWNS = 0x0001;
    public static final int MF_POINTER = 0x0008;

    /** DF_APP2: the application speaks TWAIN 2 (callbacks, DSM memory functions). */
    public static final int DF_APP2 = 0x20000000;
    public static final int DF_DSM2 = 0x10000000;

    private Twain() {
    }

    /** A condition code's name, the "device's own words" of a TWAIN failure. */
    public static String conditionName(int code) {
        return switch (code) {
            case CC_SEQERROR -> "TWCC_SEQERROR";
            case CC_CAPUNSUPPORTED -> "TWCC_CAPUNSUPPORTED";
            case CC_DENIED -> "TWCC_DENIED";
            case CC_PAPERJAM -> "TWCC_PAPERJAM";
            case CC_PAPERDOUBLEFEED -> "TWCC_PAPERDOUBLEFEED";
            case CC_CHECKDEVICEONLINE -> "TWCC_CHECKDEVICEONLINE";
            case CC_INTERLOCK -> "TWCC_INTERLOCK";
            case CC_NOMEDIA -> "TWCC_NOMEDIA";
            default -> "TWCC " + code;
        };
    }
}
