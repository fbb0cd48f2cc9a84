package vn.sohoa.testing;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.pipeline.Workstation;
import vn.sohoa.store.DataHome;

/** A test with a fresh data home under {@link #dir} and its {@link Workstation} open for each test. */
public abstract class WorkstationTest {

    @TempDir
    protected Path dir;
    protected Workstation ws;

    @BeforeEach
    void openWorkstation() {
        ws = Workstation.open(new DataHome(dir.resolve("home")));
    }

    @AfterEach
    void closeWorkstation() {
        ws.close();
    }
}
