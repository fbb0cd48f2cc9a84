package vn.sohoa.app.desktop.view;

import javafx.scene.control.Alert;
import javafx.stage.Window;

import vn.sohoa.app.Version;
import vn.sohoa.app.desktop.model.Texts;

/** Help → About: the name, the version of this build and the licence. */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner, Texts texts) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle(texts.get("about.title"));
        about.setHeaderText(texts.get("about.header", Version.current()));
        about.setContentText(texts.get("about.body"));
        about.getDialogPane().setId("about");
        about.show();
    }
}
