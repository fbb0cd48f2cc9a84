package vn.sohoa.app.desktop.model;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sohoa.pipeline.CaseSummary;
import vn.sohoa.pipeline.Workstation;

/** The cases of this workstation, refreshed in the background after each scan or signing. */
public final class CasesModel implements AutoCloseable {

    private final Workstation workstation;
    private final BackgroundWork work;
    private final ObservableList<CaseSummary> cases = FXCollections.observableArrayList();

    public CasesModel(Workstation workstation, UiThread ui, Texts texts) {
        this.workstation = workstation;
        this.work = new BackgroundWork(ui, texts, "sohoa-cases");
    }

    /** Loads now, on the calling thread: the first screen shows the list at once. */
    public void loadNow() {
        cases.setAll(workstation.cases());
    }

    public void refresh() {
        work.start("", (r, c) -> workstation.cases(), cases::setAll);
    }

    public ObservableList<CaseSummary> cases() {
        return cases;
    }

    @Override
    public void close() {
        work.close();
    }
}
