package app.redline.document.ui;

import app.redline.document.DocumentService;
import app.redline.document.DocumentSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;

/** The administrators' column of the documents list: archive an active document after confirming, restore an archived one. */
final class ArchiveActions {

    private final DocumentService documents;
    private final Runnable onChanged;
    /** The confirmation last opened, for tests. */
    ConfirmDialog confirmation;

    ArchiveActions(DocumentService documents, Runnable onChanged) {
        this.documents = documents;
        this.onChanged = onChanged;
    }

    Button buttonFor(DocumentSummary document) {
        var button = document.archived()
                ? new Button("Restore", click -> restore(document))
                : new Button("Archive…", click -> confirmArchiving(document));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    void confirmArchiving(DocumentSummary document) {
        confirmation = new ConfirmDialog("Archive “" + document.title() + "”?",
                "It leaves the document lists, the review queue and sign-off, and takes no more edits. Its revisions, "
                        + "review trail and audit stay and can still be opened; an administrator can restore it.",
                "Archive", confirmed -> {
                    documents.archive(document.id());
                    Notification.show("Archived: " + document.title());
                    onChanged.run();
                });
        confirmation.setCancelable(true);
        confirmation.setConfirmButtonTheme("error primary");
        confirmation.open();
    }

    private void restore(DocumentSummary document) {
        documents.restore(document.id());
        Notification.show("Restored: " + document.title());
        onChanged.run();
    }
}
