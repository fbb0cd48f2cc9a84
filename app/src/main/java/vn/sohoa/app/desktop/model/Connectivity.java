package vn.sohoa.app.desktop.model;

/** Whether the workstation can reach the central repository now, as the sync panel's indicator shows it. */
public enum Connectivity {
    /** Not checked yet. */
    UNKNOWN,
    /** No {@code sync.properties} in the home: sync is not set up. */
    NOT_CONFIGURED,
    /** The repository answers. */
    ONLINE,
    /** The repository does not answer: batches stay queued. */
    OFFLINE,
    /** Outside the configured hours for uploads: batches wait for the window. */
    OUTSIDE_WINDOW
}
