package app.redline.delivery.ui;

import app.redline.base.UserMessageException;
import app.redline.base.ui.Refusals;
import app.redline.delivery.Assignees;
import app.redline.delivery.AssignmentService;
import app.redline.security.AccessDeniedReasons;
import app.redline.user.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/** Picks a document's translators and reviewers among the users holding each role. */
class AssignDialog extends Dialog {

    final MultiSelectComboBox<String> translators = new MultiSelectComboBox<>("Translators");
    final MultiSelectComboBox<String> reviewers = new MultiSelectComboBox<>("Reviewers");
    final Button save = new Button("Save");

    AssignDialog(AssignmentService assignments, String documentTitle, Assignees current, Consumer<Assignees> onSaved) {
        setHeaderTitle("Assign “" + documentTitle + "”");
        translators.setItems(assignments.candidates(Role.TRANSLATOR));
        reviewers.setItems(assignments.candidates(Role.REVIEWER));
        translators.setValue(current.translators());
        reviewers.setValue(current.reviewers());
        translators.setWidthFull();
        reviewers.setWidthFull();
        var note = new Paragraph("Assigned reviewers alone approve or reject this document's segments; with none, "
                + "any reviewer may, and only administrators change the assignees. Translators find their documents under "
                + "“My documents”; anyone may still edit.");
        note.addClassName("shortcut-hint");
        var form = new VerticalLayout(translators, reviewers, note);
        form.setPadding(false);
        form.setWidth("30em");
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                onSaved.accept(assignments.assign(current.documentId(), translators.getValue(), reviewers.getValue()));
                close();
            } catch (UserMessageException refused) {
                Refusals.show(refused);
            } catch (AccessDeniedException denied) {
                Refusals.show(AccessDeniedReasons.explain(denied));
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
