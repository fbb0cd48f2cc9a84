package vn.sohoa.scanner;

import java.util.List;

/**
 * One protocol (SANE, eSCL, TWAIN, a simulated scanner…): lists the devices it can reach and opens
 * one. The rest of SoHoa never knows which driver it talks to (the NAPS2 shape).
 */
public interface ScannerDriver {

    /** The driver's short name, the prefix of its devices' ids: {@code sane}, {@code escl}, {@code sim}. */
    String name();

    List<DeviceInfo> devices() throws ScannerException;

    ScannerDevice open(DeviceInfo device) throws ScannerException;
}
