package app.redline.editor.ui;

import app.redline.document.SegmentChanged;
import app.redline.discussion.CommentPosted;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open editors of a document what others changed in it, once the change is committed. Listeners are
 * called on a thread of their own, so a save never waits for other people's screens.
 */
@Component
class DocumentBroadcaster {

    interface Listener {
        void segmentChanged(SegmentChanged change);

        void commentPosted(CommentPosted comment);
    }

    private final Map<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService dispatch = Executors.newVirtualThreadPerTaskExecutor();

    Registration subscribe(long documentId, Listener listener) {
        listeners.computeIfAbsent(documentId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(documentId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    // Without a transaction (none should publish so, but a test might) the event is passed on at once.
    @TransactionalEventListener(fallbackExecution = true)
    void on(SegmentChanged change) {
        tell(change.documentId(), listener -> listener.segmentChanged(change));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentPosted comment) {
        tell(comment.documentId(), listener -> listener.commentPosted(comment));
    }

    private void tell(long documentId, Consumer<Listener> message) {
        Set<Listener> open = listeners.get(documentId);
        if (open != null) {
            open.forEach(listener -> dispatch.execute(() -> message.accept(listener)));
        }
    }

    @PreDestroy
    void stop() {
        dispatch.shutdownNow();
    }
}
