package vn.sohoa.app.desktop.model;

/**
 * Where view models change their observable state: the JavaFX application thread in the desktop,
 * the calling thread in tests of the view models alone.
 */
@FunctionalInterface
public interface UiThread {

    void run(Runnable change);

    /** Runs changes at once on the calling thread (tests without a toolkit). */
    static UiThread direct() {
        return Runnable::run;
    }
}
