package app.redline.discussion;

import app.redline.base.StorableText;
import app.redline.base.TrailCursor;
import app.redline.base.UserMessageException;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.security.CurrentUser;
import app.redline.user.UserDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Comment threads per segment. Everyone who can open the document can read and add to its threads; comments are
 * appended, never edited. {@code @username} mentions an existing user; a name that matches no account stays plain
 * text, as on GitHub: refusing it would tell any user which accounts exist, and quoted text with an "@" in it
 * would become impossible to post.
 */
@Service
public class CommentService {

    public static final int MAX_BODY_LENGTH = 4000;
    /** The largest page of a thread one request reads. */
    public static final int MAX_PAGE_SIZE = 200;
    /** Far beyond any real thread; page × size stays well inside a long. */
    public static final int MAX_PAGE = 1_000_000;
    private static final int INBOX_SIZE = 200;

    private final SegmentService segments;
    private final SegmentComments comments;
    private final Inbox inbox;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final CommentRateLimit rateLimit;

    CommentService(SegmentService segments, SegmentComments comments, Inbox inbox,
                   UserDirectory users, ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
                   CommentRateLimit rateLimit) {
        this.rateLimit = rateLimit;
        this.segments = segments;
        this.comments = comments;
        this.inbox = inbox;
        this.users = users;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Adds a comment on the segment's latest revision.
     *
     * @throws CommentRateLimitedException when the user posted as many comments as the rate limit allows for now
     */
    @PreAuthorize("hasAnyRole('TRANSLATOR', 'REVIEWER', 'GLOSSARY_MANAGER', 'ADMIN')")
    public SegmentComment post(long segmentId, String body) {
        String text = validated(body);
        String author = CurrentUser.username();
        SegmentSnapshot segment = segments.get(segmentId);
        int revisionNo = segments.latestRevision(segmentId).revisionNo();
        List<String> mentioned = List.copyOf(users.enabledAmong(Mentions.candidates(text)));
        var comment = new SegmentComment(0, segmentId, segment.documentId(), revisionNo, author, text, Instant.now(), mentioned);
        return transaction.execute(status -> {
            rateLimit.check(author);
            SegmentComment saved = comments.append(comment);
            events.publishEvent(new CommentPosted(saved.documentId(), saved.segmentId(), saved.id(), author, mentioned));
            return saved;
        });
    }

    /**
     * A page of the segment's thread, oldest first within the page. Page 0 holds the newest {@code size} comments,
     * page 1 those just before them, and so on: the first page is what a reader wants first, read as a conversation.
     */
    @PreAuthorize("isAuthenticated()")
    public CommentPage thread(long segmentId, int page, int size) {
        requirePage(page, size);
        segments.get(segmentId); // not found rather than an empty thread
        return page(comments.newestFirst(segmentId, (long) page * size, size + 1), size);
    }

    /**
     * The {@code size} comments just before comment {@code beforeId}, oldest first: unlike page numbers, this does
     * not shift while new comments arrive.
     */
    @PreAuthorize("isAuthenticated()")
    public CommentPage threadBefore(long segmentId, long beforeId, int size) {
        requirePage(0, size);
        segments.get(segmentId);
        return page(comments.before(segmentId, beforeId, size + 1), size);
    }

    private static void requirePage(int page, int size) {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_PAGE_SIZE) {
            throw UserMessageException.invalid("page is 0 to " + MAX_PAGE + "; size is 1 to " + MAX_PAGE_SIZE + ".");
        }
    }

    /** One row more than asked tells whether earlier comments exist, without counting the thread. */
    private static CommentPage page(List<SegmentComment> newestFirst, int size) {
        List<SegmentComment> items = new ArrayList<>(newestFirst.subList(0, Math.min(size, newestFirst.size())));
        Collections.reverse(items);
        return new CommentPage(items, newestFirst.size() > size);
    }

    /** What concerns the signed-in user, newest first: mentions, rejections of their revisions, replies to them. */
    @PreAuthorize("isAuthenticated()")
    public List<InboxItem> inbox() {
        return inbox.of(CurrentUser.username(), INBOX_SIZE);
    }

    /** Marks the signed-in user's inbox read up to {@code upTo} (the newest item they saw). */
    @PreAuthorize("isAuthenticated()")
    public void markInboxRead(Instant upTo) {
        if (upTo == null) {
            throw UserMessageException.invalid("Say up to when the inbox was read (upTo, the newest item seen).");
        }
        // A mark never moves back, so one in the future would hide every new item until then: cap it at now.
        Instant now = Instant.now();
        inbox.markRead(CurrentUser.username(), upTo.isAfter(now) ? now : upTo);
    }

    /** How many inbox items the signed-in user has not seen, for the menu. */
    @PreAuthorize("isAuthenticated()")
    public int unreadCount() {
        return inbox.unreadCount(CurrentUser.username());
    }

    /** The document's comments strictly before the cursor, newest first: a part of its audit trail. */
    @PreAuthorize("isAuthenticated()")
    public List<SegmentComment> trail(long documentId, TrailCursor before, int limit) {
        return comments.trail(documentId, before, limit);
    }

    private static String validated(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw UserMessageException.invalid("Write something before you post a comment.");
        }
        if (text.length() > MAX_BODY_LENGTH) {
            throw UserMessageException.invalid("A comment has at most " + MAX_BODY_LENGTH + " characters; this one has "
                    + text.length() + ".");
        }
        return StorableText.require("The comment", text);
    }
}
