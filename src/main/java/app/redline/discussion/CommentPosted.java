package app.redline.discussion;

import java.util.List;

/** Published inside the transaction that appended the comment; open editors of the document listen after commit. */
public record CommentPosted(long documentId, long segmentId, long commentId, String author, List<String> mentions) {

    public CommentPosted {
        mentions = List.copyOf(mentions);
    }
}
