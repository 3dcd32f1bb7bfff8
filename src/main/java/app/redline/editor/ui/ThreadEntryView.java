package app.redline.editor.ui;

import app.redline.review.ReviewEvent;
import app.redline.discussion.SegmentComment;
import app.redline.discussion.SegmentThread;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One entry of the side panel's thread, a comment or a review move, as text components (never HTML). */
final class ThreadEntryView {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private ThreadEntryView() {}

    static Div of(SegmentThread.Entry entry) {
        return entry.comment() != null ? comment(entry.comment()) : move(entry.move());
    }

    private static Div comment(SegmentComment comment) {
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

    private static Div move(ReviewEvent event) {
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
}
