package app.redline.editor.ui;

import app.redline.review.BulkReviewService;
import app.redline.review.DraftSubmission;
import app.redline.security.AccessDeniedReasons;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Submit my drafts": submits every draft of the document whose latest revision the user wrote, through the
 * usual rules, and shows what was submitted and what was skipped and why.
 */
class SubmitMyDrafts {

    final Button button = new Button("Submit my drafts");
    Dialog result;

    /**
     * @param saveOpenSegment saves pending edits first; false when that save was refused
     * @param afterSubmit     shows the document as the submissions left it
     */
    SubmitMyDrafts(BulkReviewService bulk, LongSupplier documentId, BooleanSupplier saveOpenSegment, Runnable afterSubmit) {
        button.setTooltipText("Submits every draft whose latest revision you wrote and that has no open errors");
        button.addClickListener(click -> {
            if (!saveOpenSegment.getAsBoolean()) {
                return;
            }
            try {
                show(bulk.submitMyDrafts(documentId.getAsLong()));
            } catch (AccessDeniedException denied) {
                show(AccessDeniedReasons.explain(denied));
            }
            afterSubmit.run();
        });
    }

    private void show(DraftSubmission submission) {
        var body = new Div(new Paragraph(submission.summary() + "."));
        for (DraftSubmission.Skipped skipped : submission.skipped()) {
            var line = new Paragraph("#" + skipped.position() + ": " + skipped.reason());
            line.addClassName("skipped-draft");
            body.add(line);
        }
        open(body);
    }

    private void show(String refusal) {
        open(new Div(new Paragraph(refusal)));
    }

    private void open(Div body) {
        result = new Dialog(body);
        result.setHeaderTitle("Submit my drafts");
        result.setMaxWidth("40em");
        result.getFooter().add(new Button("Close", click -> result.close()));
        result.open();
    }
}
