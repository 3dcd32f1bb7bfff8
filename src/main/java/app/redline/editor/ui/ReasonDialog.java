package app.redline.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks for the reason an action needs (a rejection, an override); nothing happens without one. */
class ReasonDialog extends Dialog {

    final TextArea reason;
    final Button confirm;

    ReasonDialog(String title, String explanation, String question, String action, Consumer<String> onConfirm) {
        setHeaderTitle(title);
        setWidth("min(36em, 95vw)");
        reason = new TextArea(question);
        reason.setWidthFull();
        reason.setMaxLength(2000);
        add(new Paragraph(explanation), reason);
        confirm = new Button(action, click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("A reason is required: it is recorded and shown to the translator.");
                return;
            }
            close();
            onConfirm.accept(reason.getValue().strip());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
        reason.focus();
    }
}
