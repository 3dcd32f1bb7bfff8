package app.redline.discussion;

import app.redline.review.ReviewEvent;
import app.redline.review.ReviewService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongBinaryOperator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A segment's conversation as the editor's side panel shows it: review moves and comments in the order they happened,
 * read a slice at a time (the newest first, earlier ones on request, later ones as they arrive), so a thread of
 * thousands never reaches one screen whole. Each source is read by id from its (segment, id) index; ids follow
 * posting order, and the two are merged by time.
 */
@Service
public class SegmentThread {

    /** A review move or a comment: exactly one of the two. */
    public record Entry(Instant at, ReviewEvent move, SegmentComment comment) {

        static Entry of(ReviewEvent move) {
            return new Entry(move.createdAt(), move, null);
        }

        static Entry of(SegmentComment comment) {
            return new Entry(comment.createdAt(), null, comment);
        }

        long id() {
            return move != null ? move.id() : comment.id();
        }
    }

    /** Ids per source that a slice reached: reading on from there leaves these out. */
    public record Bound(long commentId, long moveId) {}

    /** What a panel shows: its oldest entries per source, to read earlier ones from, and its newest, to read later. */
    public record Span(Bound oldest, Bound newest) {}

    /**
     * @param entries oldest first
     * @param more    {@link #latest}/{@link #earlier}: earlier entries exist; {@link #later}: more than the size
     *                arrived, so read {@link #latest} instead
     */
    public record Slice(List<Entry> entries, boolean more, Span span) {

        public Slice {
            entries = List.copyOf(entries);
        }
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::at).thenComparingLong(Entry::id);

    private final SegmentComments comments;
    private final ReviewService moves;

    SegmentThread(SegmentComments comments, ReviewService moves) {
        this.comments = comments;
        this.moves = moves;
    }

    /** The newest {@code size} entries. */
    @PreAuthorize("isAuthenticated()")
    public Slice latest(long segmentId, int size) {
        requireSize(size);
        List<SegmentComment> newComments = comments.before(segmentId, Long.MAX_VALUE, size + 1);
        List<ReviewEvent> newMoves = moves.movesBefore(segmentId, Long.MAX_VALUE, size + 1);
        // Later entries are those after the newest that exists now, shown or not.
        var newest = new Bound(newComments.isEmpty() ? 0 : newComments.getFirst().id(),
                newMoves.isEmpty() ? 0 : newMoves.getFirst().id());
        return backwards(newComments, newMoves, size, new Span(new Bound(Long.MAX_VALUE, Long.MAX_VALUE), newest));
    }

    /** The {@code size} entries just before those the span shows. */
    @PreAuthorize("isAuthenticated()")
    public Slice earlier(long segmentId, Span shown, int size) {
        requireSize(size);
        return backwards(comments.before(segmentId, shown.oldest().commentId(), size + 1),
                moves.movesBefore(segmentId, shown.oldest().moveId(), size + 1), size, shown);
    }

    /** Up to {@code size} entries after those the span shows, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public Slice later(long segmentId, Span shown, int size) {
        requireSize(size);
        List<Entry> merged = merge(comments.after(segmentId, shown.newest().commentId(), size + 1),
                moves.movesAfter(segmentId, shown.newest().moveId(), size + 1));
        List<Entry> kept = merged.subList(0, Math.min(size, merged.size()));
        var newest = new Bound(reached(kept, shown.newest().commentId(), Entry::comment, Math::max),
                reached(kept, shown.newest().moveId(), Entry::move, Math::max));
        return new Slice(kept, merged.size() > size, new Span(shown.oldest(), newest));
    }

    /** Keeps the newest {@code size} of both sources (each read newest first, one more than the size). */
    private static Slice backwards(List<SegmentComment> newComments, List<ReviewEvent> newMoves, int size, Span shown) {
        List<Entry> merged = merge(newComments, newMoves);
        List<Entry> kept = merged.subList(Math.max(0, merged.size() - size), merged.size());
        // A source with nothing kept keeps its bound: all of its entries there are older than the kept ones.
        var oldest = new Bound(reached(kept, shown.oldest().commentId(), Entry::comment, Math::min),
                reached(kept, shown.oldest().moveId(), Entry::move, Math::min));
        return new Slice(kept, merged.size() > size, new Span(oldest, shown.newest()));
    }

    private static List<Entry> merge(List<SegmentComment> someComments, List<ReviewEvent> someMoves) {
        var merged = new ArrayList<Entry>(someComments.size() + someMoves.size());
        someComments.forEach(comment -> merged.add(Entry.of(comment)));
        someMoves.forEach(move -> merged.add(Entry.of(move)));
        merged.sort(ORDER);
        return merged;
    }

    /** The smallest or largest id among the kept entries of one source, or the bound when none was kept. */
    private static long reached(List<Entry> kept, long bound, Function<Entry, Object> source, LongBinaryOperator pick) {
        return kept.stream().filter(entry -> source.apply(entry) != null).mapToLong(Entry::id).reduce(pick).orElse(bound);
    }

    private static void requireSize(int size) {
        if (size < 1 || size > CommentService.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A slice of a thread has 1 to " + CommentService.MAX_PAGE_SIZE + " entries.");
        }
    }
}
