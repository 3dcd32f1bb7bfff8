package app.redline.discussion;

import java.util.List;

/**
 * A page of a segment's thread, oldest first as a conversation reads.
 *
 * @param hasEarlier whether comments before these exist (the next page holds them)
 */
public record CommentPage(List<SegmentComment> items, boolean hasEarlier) {

    public CommentPage {
        items = List.copyOf(items);
    }
}
