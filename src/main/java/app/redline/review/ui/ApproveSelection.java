package app.redline.review.ui;

import app.redline.base.UserMessageException;
import app.redline.base.ui.Refusals;
import app.redline.review.BulkReviewService;
import app.redline.review.QueuedSegment;
import app.redline.review.SelectedRevision;
import app.redline.security.AccessDeniedReasons;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Approve selection": the selected queue rows, each at the revision and version listed, approved all or nothing.
 * The service refuses rows the reviewer has not opened, so the message says which to look at first.
 */
class ApproveSelection {

    final Button button = new Button("Approve selection");
    private final BulkReviewService bulk;
    private final Grid<QueuedSegment> grid;
    private final Runnable afterApproval;

    ApproveSelection(BulkReviewService bulk, Grid<QueuedSegment> grid, Runnable afterApproval) {
        this.bulk = bulk;
        this.grid = grid;
        this.afterApproval = afterApproval;
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setEnabled(false);
        button.setTooltipText("Approves the selected segments you have opened; nothing is approved if one cannot be");
        button.addClickListener(click -> approve());
        grid.addSelectionListener(selection -> {
            int count = selection.getAllSelectedItems().size();
            button.setEnabled(count > 0);
            button.setText(count == 0 ? "Approve selection" : "Approve selection (" + count + ")");
        });
    }

    void approve() {
        List<SelectedRevision> selected = grid.getSelectedItems().stream()
                .sorted(Comparator.comparing(QueuedSegment::submittedAt).thenComparing(QueuedSegment::segmentId))
                .map(row -> new SelectedRevision(row.segmentId(), row.revisionNo(), row.version())).toList();
        try {
            int approved = bulk.approveSelection(selected).size();
            Notification.show(approved == 1 ? "1 segment approved." : approved + " segments approved.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterApproval.run();
        } catch (UserMessageException refused) {
            Refusals.show(refused);
        } catch (AccessDeniedException denied) {
            Refusals.show(AccessDeniedReasons.explain(denied));
        }
    }
}
