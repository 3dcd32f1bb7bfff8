package app.redline.editor.ui;

import app.redline.base.UserMessageException;
import app.redline.discussion.CommentRateLimitedException;
import app.redline.discussion.CommentService;
import app.redline.discussion.SegmentThread;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;

/**
 * The open segment's conversation: its review moves (with rejection reasons) and comments in the order they
 * happened, newest last, and a field to reply in (Ctrl+Enter posts). Only the latest {@value #SLICE} entries load
 * at first; "Show earlier" loads the ones before, and what others post joins the end by server push.
 */
class ThreadPanel extends VerticalLayout {

    static final int SLICE = 30;

    final Button earlier = new Button("Show earlier");
    final Div entries = new Div();
    final TextArea reply = new TextArea();
    final Button post = new Button("Comment");
    private final CommentService comments;
    private final SegmentThread thread;
    private Long segmentId;
    private SegmentThread.Span span;
    private Span emptyHint;

    ThreadPanel(CommentService comments, SegmentThread thread) {
        this.comments = comments;
        this.thread = thread;
        addClassName("thread-panel");
        setPadding(false);
        setSpacing(false);
        entries.addClassName("thread-entries");
        earlier.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        earlier.addClickListener(click -> showEarlier());
        reply.setPlaceholder("Reply… (@name mentions, Ctrl+Enter posts)");
        reply.setAriaLabel("Comment");
        reply.setWidthFull();
        reply.setMaxLength(CommentService.MAX_BODY_LENGTH);
        reply.getElement().addEventListener("keydown", event -> {
                    var value = event.getEventData().get("element.value");
                    if (value != null && !value.isNull()) {
                        reply.setValue(value.asString());
                    }
                    post();
                })
                .addEventData("element.value")
                .setFilter("event.key === 'Enter' && (event.ctrlKey || event.metaKey)");
        post.addThemeVariants(ButtonVariant.LUMO_SMALL);
        post.addClickListener(click -> post());
        add(earlier, entries, reply, post);
        follow(null);
    }

    /** Shows the thread of the open segment (null when none is open); the same segment again only catches up. */
    void follow(Long openSegmentId) {
        boolean same = openSegmentId != null && Objects.equals(openSegmentId, segmentId);
        segmentId = openSegmentId;
        reply.setEnabled(openSegmentId != null);
        post.setEnabled(openSegmentId != null);
        if (same) {
            showLater();
        } else {
            showLatest();
        }
    }

    boolean shows(long someSegmentId) {
        return segmentId != null && segmentId == someSegmentId;
    }

    /** Someone posted or moved the segment: what came after the newest entry shown joins the end. */
    void showLater() {
        if (segmentId == null) {
            return;
        }
        SegmentThread.Slice slice = thread.later(segmentId, span, SLICE);
        if (slice.more()) {
            showLatest(); // a flood: the latest slice, not all of it
            return;
        }
        span = slice.span();
        if (!slice.entries().isEmpty() && emptyHint != null) {
            entries.remove(emptyHint);
            emptyHint = null;
        }
        slice.entries().forEach(entry -> entries.add(ThreadEntryView.of(entry)));
    }

    private void showLatest() {
        entries.removeAll();
        emptyHint = null;
        earlier.setVisible(false);
        if (segmentId == null) {
            entries.add(hint("Open a segment to see its comments and review moves."));
            return;
        }
        SegmentThread.Slice slice = thread.latest(segmentId, SLICE);
        span = slice.span();
        slice.entries().forEach(entry -> entries.add(ThreadEntryView.of(entry)));
        earlier.setVisible(slice.more());
        if (slice.entries().isEmpty()) {
            emptyHint = hint("No comments yet.");
            entries.add(emptyHint);
        }
    }

    void showEarlier() {
        if (segmentId == null) {
            return;
        }
        SegmentThread.Slice slice = thread.earlier(segmentId, span, SLICE);
        span = slice.span();
        List<SegmentThread.Entry> before = slice.entries();
        for (int i = before.size() - 1; i >= 0; i--) {
            entries.addComponentAsFirst(ThreadEntryView.of(before.get(i)));
        }
        earlier.setVisible(slice.more());
    }

    void post() {
        if (segmentId == null || reply.getValue().isBlank()) {
            return;
        }
        try {
            comments.post(segmentId, reply.getValue());
            reply.clear();
            // Posted by Ctrl+Enter, the text reached the server with the key press in the same round trip, so the
            // server's value went "" → text → "" and Vaadin sends no change: empty the browser's field explicitly.
            reply.getElement().executeJs("this.value = ''");
            showLater();
        } catch (CommentRateLimitedException limited) {
            warn(limited.getMessage() + " Your reply stays in the field.");
        } catch (UserMessageException refused) {
            warn(refused.getMessage());
        } catch (AccessDeniedException denied) {
            warn("Only translators, reviewers, glossary managers and administrators comment.");
        }
    }

    private static void warn(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    private static Span hint(String text) {
        var hint = new Span(text);
        hint.addClassName("shortcut-hint");
        return hint;
    }
}
