package vn.sohoa.app.desktop.view;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import vn.sohoa.app.Version;
import vn.sohoa.app.desktop.model.CasesModel;
import vn.sohoa.app.desktop.model.PiiReviewModel;
import vn.sohoa.app.desktop.model.ScanStationModel;
import vn.sohoa.app.desktop.model.Settings;
import vn.sohoa.app.desktop.model.SignModel;
import vn.sohoa.app.desktop.model.Texts;
import vn.sohoa.app.desktop.model.UiThread;
import vn.sohoa.app.desktop.model.ViewerModel;
import vn.sohoa.app.scan.ScannerDrivers;
import vn.sohoa.pipeline.Workstation;

/** The one window: a menu, and a tab per job (cases, scanning, signing, the judge's viewer). */
public final class MainWindow {

    private static final UiThread FX = Platform::runLater;

    private final Stage stage;
    private final Texts texts;
    private final CasesModel cases;
    private final ViewerModel viewer;
    private final ScanStationModel scan;
    private final SignModel sign;
    private final PiiReviewModel pii;
    private final vn.sohoa.app.desktop.model.DocumentViewModel documentView;
    private final vn.sohoa.app.desktop.model.SyncModel sync;
    private final vn.sohoa.app.desktop.model.BulkModel bulk;
    private final TabPane tabs = new TabPane();
    private final Tab viewerTab;
    private final ScanStationView scanView;
    private final Path home;

    public MainWindow(Stage stage, Workstation workstation, Path home, Supplier<ScannerDrivers> scanners, Texts texts,
                      Optional<Path> trust, Optional<Path> open) {
        this.stage = stage;
        this.texts = texts;
        this.cases = new CasesModel(workstation, FX, texts);
        this.viewer = new ViewerModel(FX, texts);
        this.home = home;
        Settings settings = Settings.load();
        viewer.trustProperty().set(trust.or(settings::trust).or(() -> defaultTrust(home)));
        this.scan = new ScanStationModel(workstation, scanners, FX, texts);
        this.sign = new SignModel(workstation, FX, texts);
        this.pii = new PiiReviewModel(workstation, FX, texts);
        this.documentView = new vn.sohoa.app.desktop.model.DocumentViewModel(workstation, FX, texts);
        this.sync = new vn.sohoa.app.desktop.model.SyncModel(workstation, FX, texts, sign::unlockedKey);
        sync.watch(java.time.Duration.ofSeconds(2));
        this.bulk = new vn.sohoa.app.desktop.model.BulkModel(workstation, FX, texts);
        bulk.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                cases.refresh();
            }
        });
        sign.tsaUrlProperty().set(settings.tsaUrl());
        sign.trustProperty().bind(viewer.trustProperty());
        cases.loadNow();
        // After a scan or a signing, the case list and the signing screen show what changed.
        scan.work().runningProperty().addListener((o, was, now) -> {
            if (!now) {
                cases.refresh();
                sign.load();
            }
        });
        sign.work().runningProperty().addListener((o, was, now) -> {
            if (!now) {
                cases.refresh();
            }
        });

        Tab casesTab = tab("tab-cases", texts.get("tab.cases"), new CasesView(cases, texts, home.toString()).root());
        this.scanView = new ScanStationView(scan, texts);
        Tab scanTab = tab("tab-scan", texts.get("tab.scan"), scanView.root());
        Tab piiTab = tab("tab-pii", texts.get("tab.pii"), new PiiReviewView(pii, cases, texts).root());
        Tab signTab = tab("tab-sign", texts.get("tab.sign"), new SignView(sign, cases, texts, home).root());
        viewerTab = tab("tab-viewer", texts.get("tab.viewer"), new ViewerView(viewer, texts, this::chooseEvidence).root());
        tabs.getTabs().addAll(casesTab, scanTab, piiTab, signTab, viewerTab);
        tabs.getTabs().add(2, tab("tab-document", texts.get("tab.document"), new DocumentView(documentView, texts).root()));
        tabs.getTabs().add(tab("tab-sync", texts.get("tab.sync"), new SyncView(sync, sign, texts).root()));
        tabs.getTabs().add(tab("tab-bulk", texts.get("tab.bulk"), new BulkView(bulk, texts, workstation.operator()).root()));
        scanTab.setOnSelectionChanged(e -> {
            if (scanTab.isSelected() && scan.scanners().isEmpty()) {
                scan.findScanners();
            }
        });

        BorderPane root = new BorderPane(tabs);
        root.setTop(menu());
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (done) {
                openEvidence(e.getDragboard().getFiles().getFirst().toPath());
            }
            e.setDropCompleted(done);
            e.consume();
        });
        Scene scene = new Scene(root, 1200, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("/vn/sohoa/app/desktop/sohoa.css").toExternalForm());
        stage.setTitle(texts.get("window.title", Version.current()));
        stage.setScene(scene);
        open.ifPresent(this::openEvidence);
    }

    /** The workstation's own trusted roots, when someone put them in HOME/trust. */
    private static Optional<Path> defaultTrust(Path home) {
        Path dir = home.resolve("trust");
        return java.nio.file.Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    private MenuBar menu() {
        MenuItem open = new MenuItem(texts.get("menu.open"));
        open.setId("menu-open");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseEvidence());
        MenuItem quit = new MenuItem(texts.get("menu.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        MenuItem settings = new MenuItem(texts.get("menu.settings"));
        settings.setId("menu-settings");
        settings.setOnAction(e -> SettingsDialog.edit(stage, texts, Settings.load(), home.toString()).ifPresent(chosen -> {
            chosen.save();
            viewer.trustProperty().set(chosen.trust().or(() -> defaultTrust(home)));
            sign.tsaUrlProperty().set(chosen.tsaUrl());
        }));
        Menu file = new Menu(texts.get("menu.file"), null, open, settings, quit);
        MenuItem about = new MenuItem(texts.get("menu.about"));
        about.setId("menu-about");
        about.setOnAction(e -> AboutDialog.show(stage, texts));
        Menu help = new Menu(texts.get("menu.help"), null, about);
        return new MenuBar(file, help);
    }

    private void chooseEvidence() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("viewer.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("viewer.filter"), "*.asice", "*.sce", "*.pdf"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            openEvidence(chosen.toPath());
        }
    }

    /** Opens a bundle or signed PDF in the viewer and shows it. */
    public void openEvidence(Path file) {
        tabs.getSelectionModel().select(viewerTab);
        viewer.open(file);
    }

    /** Where the window's "Insert files…" takes its files from: the system's chooser unless a test hands its own. */
    public void chooseFilesWith(FileChoice choice) {
        scanView.chooseFilesWith(choice);
    }

    public ViewerModel viewer() {
        return viewer;
    }

    public vn.sohoa.app.desktop.model.DocumentViewModel documentView() {
        return documentView;
    }

    public ScanStationModel scanStation() {
        return scan;
    }

    public PiiReviewModel piiReview() {
        return pii;
    }

    public SignModel signing() {
        return sign;
    }

    public vn.sohoa.app.desktop.model.SyncModel syncPanel() {
        return sync;
    }

    public vn.sohoa.app.desktop.model.BulkModel bulk() {
        return bulk;
    }

    public void show() {
        stage.show();
    }

    public void close() {
        cases.close();
        viewer.close();
        scan.close();
        sign.close();
        pii.close();
        documentView.close();
        sync.close();
        bulk.close();
    }
}
