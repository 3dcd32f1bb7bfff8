package app.redline.discussion;

import java.time.Instant;

/**
 * Something in a user's inbox: a comment that mentions them, a rejection of a revision they wrote, or a reply on a
 * segment they commented on. {@code text} is the comment or the rejection's reason; {@code unread} when it is
 * newer than what the user has marked read.
 */
public record InboxItem(Kind kind, long documentId, String documentTitle, long segmentId, int position, String from,
                        String text, Instant at, boolean unread) {

    public enum Kind {
        MENTION("mentioned you"), REJECTION("rejected your revision"), REPLY("replied");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where the item happened: the editor with the segment open. */
    public String link() {
        return "edit/" + documentId + "?segment=" + segmentId;
    }
}
