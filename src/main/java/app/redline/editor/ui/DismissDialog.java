package app.redline.editor.ui;

import app.redline.checks.Issue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks why a finding is a false positive; the reason stays with the dismissal for reviewers. */
class DismissDialog extends Dialog {

    final TextArea reason = new TextArea("Why is this not a problem?");

    DismissDialog(Issue issue, Consumer<String> onDismiss) {
        setHeaderTitle("Dismiss this finding");
        setWidth("min(36em, 95vw)");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        add(new Paragraph(issue.message()), reason);
        var dismiss = new Button("Dismiss", click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Say why: reviewers read it.");
                return;
            }
            close();
            onDismiss.accept(reason.getValue());
        });
        dismiss.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), dismiss);
    }
}
