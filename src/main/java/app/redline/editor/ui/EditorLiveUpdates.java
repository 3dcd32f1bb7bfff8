package app.redline.editor.ui;

import app.redline.document.DocumentNotFoundException;
import app.redline.document.SegmentChanged;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.discussion.CommentPosted;
import app.redline.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Brings other people's saves, review moves and comments into an open editor by server push, while the editor is
 * on screen. The open segment is never replaced under the user's hands: when someone else changed it meanwhile,
 * the user is told, and saving shows both versions (the conflict dialog).
 */
class EditorLiveUpdates implements DocumentBroadcaster.Listener {

    /**
     * @param active the open segment as the user last loaded it (null when none)
     * @param show   shows a row that is not open as it is now
     */
    record Hooks(Supplier<SegmentSnapshot> active, Consumer<SegmentSnapshot> show) {}

    private final DocumentBroadcaster broadcaster;
    private final SegmentService segments;
    private final SegmentSidePanel side;
    private final Hooks hooks;
    private Long documentId;
    private Registration subscription;
    private UI ui;
    private SecurityContext security;
    private String me;

    EditorLiveUpdates(Component view, DocumentBroadcaster broadcaster, SegmentService segments, SegmentSidePanel side,
                      Hooks hooks) {
        this.broadcaster = broadcaster;
        this.segments = segments;
        this.side = side;
        this.hooks = hooks;
        view.addAttachListener(attach -> {
            ui = attach.getUI();
            // Updates are applied on other threads: they read with the viewer's rights, not the saver's.
            security = SecurityContextHolder.createEmptyContext();
            security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
            me = CurrentUser.username();
            subscribe();
        });
        view.addDetachListener(detach -> unsubscribe());
    }

    /** Follows the document the editor shows. */
    void watch(long document) {
        documentId = document;
        if (ui != null) {
            subscribe();
        }
    }

    @Override
    public void segmentChanged(SegmentChanged change) {
        onScreen(() -> {
            SegmentSnapshot active = hooks.active().get();
            boolean open = active != null && active.id() == change.segmentId();
            if (open && change.version() <= active.version()) {
                return; // the user's own change, already shown (and the side panel already followed it)
            }
            SegmentSnapshot now = current(change.segmentId());
            if (now == null) {
                return;
            }
            if (open) {
                // The open segment keeps the version the user started from, so their save meets the conflict dialog.
                side.noticeRemoteChange(change.by() + " changed this segment since you opened it (now "
                        + now.status().label() + "). If you save, you see both versions to keep or merge them.");
            } else {
                hooks.show().accept(now);
            }
            side.changedElsewhere(change.segmentId());
        });
    }

    @Override
    public void commentPosted(CommentPosted comment) {
        onScreen(() -> {
            side.changedElsewhere(comment.segmentId());
            if (!comment.author().equals(me) && comment.mentions().contains(me)) {
                SegmentSnapshot segment = current(comment.segmentId());
                Notification.show(comment.author() + " mentioned you on segment "
                        + (segment == null ? "" : segment.position()) + ".", 5000, Notification.Position.BOTTOM_END);
            }
        });
    }

    private void subscribe() {
        unsubscribe();
        if (documentId != null) {
            subscription = broadcaster.subscribe(documentId, this);
        }
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    private void onScreen(Runnable update) {
        UI target = ui;
        if (target == null) {
            return;
        }
        try {
            target.access(() -> new DelegatingSecurityContextRunnable(update, security).run());
        } catch (UIDetachedException closed) {
            // the editor closed meanwhile; its detach listener unsubscribes
        }
    }

    private SegmentSnapshot current(long segmentId) {
        try {
            return segments.get(segmentId);
        } catch (DocumentNotFoundException gone) {
            return null;
        }
    }
}
