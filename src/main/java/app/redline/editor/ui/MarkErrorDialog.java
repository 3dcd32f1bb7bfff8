package app.redline.editor.ui;

import app.redline.base.UserMessageException;
import app.redline.base.ui.Refusals;
import app.redline.quality.AnnotationService;
import app.redline.quality.ErrorCategory;
import app.redline.quality.ErrorSeverity;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** Files an error in the marked span: MQM category, severity and an optional note. */
class MarkErrorDialog extends Dialog {

    /** What the reviewer chose; the dialog closes once the callback accepted it. */
    interface Marking {
        void mark(ErrorCategory category, ErrorSeverity severity, String note);
    }

    final RadioButtonGroup<ErrorCategory> category = new RadioButtonGroup<>("Category");
    final RadioButtonGroup<ErrorSeverity> severity = new RadioButtonGroup<>("Severity");
    final TextArea note = new TextArea("Note (optional)");
    final Button confirm = new Button("Mark error");

    MarkErrorDialog(String title, String marked, Marking onConfirm) {
        setHeaderTitle(title);
        setWidth("min(40em, 95vw)");
        category.setItems(ErrorCategory.values());
        category.setItemLabelGenerator(ErrorCategory::label);
        severity.setItems(ErrorSeverity.values());
        severity.setItemLabelGenerator(ErrorSeverity::label);
        note.setWidthFull();
        note.setMaxLength(AnnotationService.MAX_NOTE_LENGTH);
        var quote = new Paragraph(marked);
        quote.addClassName("marked-span");
        add(quote, category, severity, note);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> confirm(onConfirm));
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }

    private void confirm(Marking onConfirm) {
        category.setInvalid(category.isEmpty());
        category.setErrorMessage("Choose a category.");
        severity.setInvalid(severity.isEmpty());
        severity.setErrorMessage("Choose a severity.");
        if (category.isEmpty() || severity.isEmpty()) {
            return;
        }
        try {
            onConfirm.mark(category.getValue(), severity.getValue(), note.getValue());
            close();
        } catch (UserMessageException refused) {
            Refusals.mark(note, refused);
        }
    }
}
