package vn.sohoa.scanner;

/**
 * A scanner a driver can reach. {@code id} is unique across drivers ({@code driver:local-name}),
 * so the user can pick a device without knowing which protocol it speaks.
 */
public record DeviceInfo(String id, String driver, String name, String vendor, String model) {

    public static DeviceInfo of(String driver, String localName, String vendor, String model) {
        return new DeviceInfo(driver + ":" + localName, driver, localName, vendor, model);
    }

    /** The device's own name within its driver. */
    public String localName() {
        return id.substring(driver.length() + 1);
    }
}
