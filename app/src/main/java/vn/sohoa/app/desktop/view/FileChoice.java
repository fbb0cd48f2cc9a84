package vn.sohoa.app.desktop.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * How the window asks the user for files: the system's file chooser, or (tests, where no native
 * dialog can be driven headless) whatever a test hands over.
 */
@FunctionalInterface
public interface FileChoice {

    /** The files chosen to open, in order; empty when the user cancelled. */
    List<Path> chooseToOpen(Window owner, String title, FileChooser.ExtensionFilter filter);

    /** The system's file chooser, several files at once. */
    static FileChoice system() {
        return (owner, title, filter) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(filter);
            List<File> files = chooser.showOpenMultipleDialog(owner);
            return files == null ? List.of() : files.stream().map(File::toPath).toList();
        };
    }
}
