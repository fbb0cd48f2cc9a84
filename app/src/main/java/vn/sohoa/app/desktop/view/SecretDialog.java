package vn.sohoa.app.desktop.view;

import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;

import vn.sohoa.app.desktop.model.Texts;

/** Asks for the key file's password or the token's PIN; the text never leaves the password field as a String. */
final class SecretDialog {

    private SecretDialog() {
    }

    static Optional<char[]> ask(Window owner, Texts texts, String keySpec) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("sign.secret.title"));
        boolean token = keySpec.startsWith("pkcs11:");
        dialog.setHeaderText(texts.get(token ? "sign.secret.token" : "sign.secret.p12", keySpec.substring(keySpec.indexOf(':') + 1)));
        PasswordField field = new PasswordField();
        field.setId("secret");
        dialog.getDialogPane().setContent(field);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("secret-dialog");
        dialog.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            CharSequence typed = field.getCharacters();
            char[] secret = new char[typed.length()];
            for (int i = 0; i < secret.length; i++) {
                secret[i] = typed.charAt(i);
            }
            field.clear();
            return secret;
        });
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }
}
