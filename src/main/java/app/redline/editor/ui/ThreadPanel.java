package app.redline.editor.ui;

import app.redline.review.CommentService;
import app.redline.review.ReviewEvent;
import app.redline.review.ReviewService;
import app.redline.review.SegmentComment;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * The open segment's conversation: its review moves (with rejection reasons) and comments in the order they
 * happened, newest last, and a field to reply in (Ctrl+Enter posts). Everything is text components, never HTML.
 */
class ThreadPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final Div entries = new Div();
    final TextArea reply = new TextArea();
    final Button post = new Button("Comment");
    private final CommentService comments;
    private final ReviewService reviews;
    private Long segmentId;

    private record Entry(Instant at, long order, Div view) {}

    ThreadPanel(CommentService comments, ReviewService reviews) {
        this.comments = comments;
        this.reviews = reviews;
        addClassName("thread-panel");
        setPadding(false);
        setSpacing(false);
        entries.addClassName("thread-entries");
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
        add(entries, reply, post);
        follow(null);
    }

    /** Shows the thread of the open segment (null when none is open). */
    void follow(Long openSegmentId) {
        segmentId = openSegmentId;
        reply.setEnabled(openSegmentId != null);
        post.setEnabled(openSegmentId != null);
        reload();
    }

    boolean shows(long someSegmentId) {
        return segmentId != null && segmentId == someSegmentId;
    }

    void reload() {
        entries.removeAll();
        if (segmentId == null) {
            entries.add(hint("Open a segment to see its comments and review moves."));
            return;
        }
        List<Entry> thread = new ArrayList<>();
        for (ReviewEvent event : reviews.history(segmentId)) {
            thread.add(new Entry(event.createdAt(), event.id(), reviewEntry(event)));
        }
        for (SegmentComment comment : comments.thread(segmentId)) {
            thread.add(new Entry(comment.createdAt(), comment.id(), commentEntry(comment)));
        }
        thread.sort(Comparator.comparing(Entry::at).thenComparingLong(Entry::order));
        thread.forEach(entry -> entries.add(entry.view()));
        if (thread.isEmpty()) {
            entries.add(hint("No comments yet."));
        }
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
            reload();
        } catch (IllegalArgumentException refused) {
            warn(refused.getMessage());
        } catch (AccessDeniedException denied) {
            warn("Only translators, reviewers, glossary managers and administrators comment.");
        }
    }

    private static void warn(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    private static Div commentEntry(SegmentComment comment) {
        var entry = entry("comment", comment.author() + " · " + WHEN.format(comment.createdAt())
                + " · revision " + comment.revisionNo());
        entry.add(body(comment.body()));
        if (!comment.mentions().isEmpty()) {
            var mentions = new Span("mentions " + String.join(", ", comment.mentions()));
            mentions.addClassName("thread-mentions");
            entry.add(mentions);
        }
        return entry;
    }

    private static Div reviewEntry(ReviewEvent event) {
        String what = switch (event.action()) {
            case SUBMIT -> "submitted";
            case APPROVE -> "approved";
            case REJECT -> "rejected";
        };
        var entry = entry("review", event.actor() + " " + what + " revision " + event.revisionNo() + " · "
                + WHEN.format(event.createdAt()));
        entry.addClassName(event.action().name());
        if (event.reason() != null) {
            entry.add(body(event.reason()));
        }
        if (event.overrideReason() != null) {
            entry.add(body("Over open errors: " + event.overrideReason()));
        }
        return entry;
    }

    private static Div entry(String kind, String heading) {
        var entry = new Div();
        entry.addClassNames("thread-entry", kind);
        var head = new Span(heading);
        head.addClassName("thread-heading");
        entry.add(head);
        return entry;
    }

    private static Div body(String text) {
        var body = new Div(text);
        body.addClassName("thread-body");
        return body;
    }

    private static Span hint(String text) {
        var hint = new Span(text);
        hint.addClassName("shortcut-hint");
        return hint;
    }
}
