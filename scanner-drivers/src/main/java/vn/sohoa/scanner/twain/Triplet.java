package vn.sohoa.scanner.twain;

/**
 * The operations SoHoa sends to the Data Source Manager, as TWAIN's (data group, data argument
 * type, message) triplets, with the state each requires and the state it leads to.
 */
public enum Triplet {
    OPEN_DSM(Dg.CONTROL, Dat.PARENT, Msg.OPENDSM, TwainState.DSM_LOADED, TwainState.DSM_OPEN),
    GET_FIRST_SOURCE(Dg.CONTROL, Dat.IDENTITY, Msg.GETFIRST, TwainState.DSM_OPEN, TwainState.DSM_OPEN),
    GET_NEXT_SOURCE(Dg.CONTROL, Dat.IDENTITY, Msg.GETNEXT, TwainState.DSM_OPEN, TwainState.DSM_OPEN),
    OPEN_SOURCE(Dg.CONTROL, Dat.IDENTITY, Msg.OPENDS, TwainState.DSM_OPEN, TwainState.SOURCE_OPEN),
    SET_CAPABILITY(Dg.CONTROL, Dat.CAPABILITY, Msg.SET, TwainState.SOURCE_OPEN, TwainState.SOURCE_OPEN),
    GET_CAPABILITY(Dg.CONTROL, Dat.CAPABILITY, Msg.GET, TwainState.SOURCE_OPEN, TwainState.SOURCE_OPEN),
    ENABLE_SOURCE(Dg.CONTROL, Dat.USERINTERFACE, Msg.ENABLEDS, TwainState.SOURCE_OPEN, TwainState.SOURCE_ENABLED),
    /** Not sent: the source's MSG_XFERREADY event, through the callback, moves state 5 to 6. */
    XFER_READY(Dg.CONTROL, Dat.NULL, Msg.XFERREADY, TwainState.SOURCE_ENABLED, TwainState.TRANSFER_READY),
    GET_IMAGE_INFO(Dg.IMAGE, Dat.IMAGEINFO, Msg.GET, TwainState.TRANSFER_READY, TwainState.TRANSFER_READY),
    SETUP_MEMORY_TRANSFER(Dg.CONTROL, Dat.SETUPMEMXFER, Msg.GET, TwainState.TRANSFER_READY, TwainState.TRANSFER_READY),
    GET_MEMORY_BLOCK(Dg.IMAGE, Dat.IMAGEMEMXFER, Msg.GET, TwainState.TRANSFER_READY, TwainState.TRANSFERRING),
    GET_NEXT_MEMORY_BLOCK(Dg.IMAGE, Dat.IMAGEMEMXFER, Msg.GET, TwainState.TRANSFERRING, TwainState.TRANSFERRING),
    GET_NATIVE_IMAGE(Dg.IMAGE, Dat.IMAGENATIVEXFER, Msg.GET, TwainState.TRANSFER_READY, TwainState.TRANSFERRING),
    /** Leads to state 6 when more pages are pending, to 5 when none: see {@link TwainSession#endTransfer}. */
    END_TRANSFER(Dg.CONTROL, Dat.PENDINGXFERS, Msg.ENDXFER, TwainState.TRANSFERRING, TwainState.TRANSFER_READY),
    RESET_TRANSFERS(Dg.CONTROL, Dat.PENDINGXFERS, Msg.RESET, TwainState.TRANSFER_READY, TwainState.SOURCE_ENABLED),
    DISABLE_SOURCE(Dg.CONTROL, Dat.USERINTERFACE, Msg.DISABLEDS, TwainState.SOURCE_ENABLED, TwainState.SOURCE_OPEN),
    CLOSE_SOURCE(Dg.CONTROL, Dat.IDENTITY, Msg.CLOSEDS, TwainState.SOURCE_OPEN, TwainState.DSM_OPEN),
    CLOSE_DSM(Dg.CONTROL, Dat.PARENT, Msg.CLOSEDSM, TwainState.DSM_OPEN, TwainState.DSM_LOADED);

    /** Data groups (twain.h DG_*). */
    public static final class Dg {
        public static final int CONTROL = 0x0001;
        public static final int IMAGE = 0x0002;

        private Dg() {
        }
    }

    /** Data argument types (twain.h DAT_*). */
    public static final class Dat {
        public static final int NULL = 0x0000;
        public static final int CAPABILITY = 0x0001;
        public static final int IDENTITY = 0x0003;
        public static final int PARENT = 0x0004;
        public static final int PENDINGXFERS = 0x0005;
        public static final int SETUPMEMXFER = 0x0006;
        public static final int USERINTERFACE = 0x0009;
        public static final int IMAGEINFO = 0x0101;
        public static final int IMAGEMEMXFER = 0x0103;
        public static final int IMAGENATIVEXFER = 0x0104;

        private Dat() {
        }
    }

    /** Messages (twain.h MSG_*). */
    public static final class Msg {
        public static final int GET = 0x0001;
        public static final int SET = 0x0006;
        public static final int XFERREADY = 0x0101;
        public static final int OPENDSM = 0x0301;
        public static final int CLOSEDSM = 0x0302;
        public static final int OPENDS = 0x0401;
        public static final int CLOSEDS = 0x0402;
        public static final int GETFIRST = 0x0004;
        public static final int GETNEXT = 0x0005;
        public static final int DISABLEDS = 0x0501;
        public static final int ENABLEDS = 0x0502;
        public static final int ENDXFER = 0x0701;
        public static final int RESET = 0x0007;

        private Msg() {
        }
    }

    private final int dg;
    private final int dat;
    private final int msg;
    private final TwainState requires;
    private final TwainState leadsTo;

    Triplet(int dg, int dat, int msg, TwainState requires, TwainState leadsTo) {
        this.dg = dg;
        this.dat = dat;
        this.msg = msg;
        this.requires = requires;
        this.leadsTo = leadsTo;
    }

    public int dg() {
        return dg;
    }

    public int dat() {
        return dat;
    }

    public int msg() {
        return msg;
    }

    public TwainState requires() {
        return requires;
    }

    public TwainState leadsTo() {
        return leadsTo;
    }
}
