package vn.sohoa.app.desktop.view;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import vn.sohoa.app.desktop.model.Texts;

/**
 * What the window shows in the moment between its appearing and the workstation being open: the
 * name and one line. Made of shapes and text only, no controls, so that showing it loads no
 * stylesheet; the theme is parsed afterwards, while the user already sees the window.
 */
public final class OpeningScene {

    public static final double WIDTH = 1200;
    public static final double HEIGHT = 800;

    private final Scene scene;
    private final Text line;

    public OpeningScene(Texts texts) {
        Text name = new Text("SoHoa");
        name.setFont(Font.font(null, FontWeight.BOLD, 32));
        name.setFill(Color.web("#24292f"));
        line = new Text(texts.get("window.opening"));
        line.setFont(Font.font(15));
        line.setFill(Color.web("#57606a"));
        line.setWrappingWidth(WIDTH * 0.6);
        line.setTextAlignment(TextAlignment.CENTER);
        VBox box = new VBox(12, name, line);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(24));
        box.setBackground(Background.fill(Color.WHITE));
        scene = new Scene(box, WIDTH, HEIGHT);
    }

    public Scene scene() {
        return scene;
    }

    /** The workstation could not be opened: the one sentence that says why, in place of "opening". */
    public void showProblem(String sentence) {
        line.setFill(Color.web("#cf222e"));
        line.setText(sentence);
    }
}
