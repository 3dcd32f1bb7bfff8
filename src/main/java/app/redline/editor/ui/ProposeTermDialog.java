package app.redline.editor.ui;

import app.redline.base.UserMessageException;
import app.redline.base.ui.Refusals;
import app.redline.glossary.TermProposalService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

/** Sends a phrase from the clean version to the glossary managers' queue as a proposed term. */
class ProposeTermDialog extends Dialog {

    final TextField target = new TextField("Proposed term");
    final TextField source = new TextField("Source term (optional)");
    final TextField note = new TextField("Why (optional)");

    ProposeTermDialog(TermProposalService proposals, long projectId, long segmentId, String selected) {
        setHeaderTitle("Propose a term");
        target.setValue(selected == null ? "" : selected.strip());
        target.setWidthFull();
        source.setHelperText("e.g. the Chinese term of the original");
        add(new FormLayout(target, source, note));
        var send = new Button("Propose", click -> {
            try {
                proposals.propose(projectId, segmentId, source.getValue(), target.getValue(), note.getValue());
                close();
                Notification.show("Proposed \"" + target.getValue().strip() + "\" to the glossary managers.");
            } catch (UserMessageException invalid) {
                Refusals.mark(target, invalid);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), send);
    }
}
