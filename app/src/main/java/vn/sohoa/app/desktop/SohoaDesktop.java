package vn.sohoa.app.desktop;

import java.util.Optional;

import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import vn.sohoa.app.Version;
import vn.sohoa.pipeline.CaseSummary;
import vn.sohoa.pipeline.Workstation;
import vn.sohoa.store.DataHome;

/**
 * The desktop's first screen: the cases of this workstation's catalog. The scanning station,
 * review, signing, sync and the judge's viewer are added as their engine stages land (issue 8).
 */
public final class SohoaDesktop extends Application {

    private Workstation workstation;

    @Override
    public void start(Stage stage) {
        Optional<java.nio.file.Path> homeOption = Optional.ofNullable(getParameters().getNamed().get("home")).map(java.nio.file.Path::of);
        workstation = Workstation.open(DataHome.fromEnvironment(homeOption));
        TableView<CaseSummary> table = new TableView<>();
        table.setId("cases");
        table.setPlaceholder(new Label("Chưa có vụ án nào. Dùng “sohoa import” hoặc “sohoa demo” để bắt đầu."));
        TableColumn<CaseSummary, String> number = new TableColumn<>("Số vụ án");
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().caseFile().number().toString()));
        TableColumn<CaseSummary, String> court = new TableColumn<>("Tòa án");
        court.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().caseFile().court().orElse("")));
        TableColumn<CaseSummary, Integer> documents = new TableColumn<>("Tài liệu");
        documents.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().documents()));
        TableColumn<CaseSummary, Integer> pages = new TableColumn<>("Trang");
        pages.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().pages()));
        table.getColumns().setAll(java.util.List.of(number, court, documents, pages));
        table.getItems().setAll(workstation.cases());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Label home = new Label("Thư mục dữ liệu: " + workstation.home().root());
        BorderPane.setMargin(home, new Insets(6));
        BorderPane root = new BorderPane(table);
        root.setBottom(home);
        stage.setTitle("SoHoa " + Version.current() + " — Số hóa hồ sơ vụ án");
        stage.setScene(new Scene(root, 900, 600));
        stage.show();
    }

    @Override
    public void stop() {
        if (workstation != null) {
            workstation.close();
        }
    }
}
