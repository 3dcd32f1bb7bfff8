package app.redline.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.redline.IntegrationTest;
import app.redline.QueryPlans;
import app.redline.Roles;
import app.redline.base.UserMessageException;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.ImportResult;
import app.redline.document.SegmentChanged;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectService;
import app.redline.review.ReviewService;
import app.redline.user.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class CommentServiceTest {

    @Autowired CommentService comments;
    @Autowired ReviewService reviews;
    @Autowired SegmentService segments;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired JdbcTemplate jdbc;
    @Autowired NamedParameterJdbcTemplate named;
    @Autowired ApplicationEvents events;

    ImportResult document;
    SegmentSnapshot segment;

    @BeforeEach
    void importDocument() {
        document = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "The meeting reviewed the annual plan.\n\nThe meeting also examined other matters.");
        segment = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(document.documentId(), SegmentFilter.ALL, 0, 1).getFirst());
    }

    @Test
    void aThreadReadsOldestFirstAndEachCommentNamesTheRevisionItWasMadeOn() {
        post("translator", Role.TRANSLATOR, "Is 'annual plan' the agreed term?");
        Roles.as("translator", Role.TRANSLATOR, () -> segments.save(segment.id(), "The meeting reviewed the annual work plan.", segment.version()));
        post("reviewer", Role.REVIEWER, "  Yes: annual work plan.  ");

        List<SegmentComment> thread = Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> comments.thread(segment.id(), 0, 50).items());

        assertThat(thread).extracting(SegmentComment::author, SegmentComment::body, SegmentComment::revisionNo,
                        SegmentComment::documentId)
                .containsExactly(tuple("translator", "Is 'annual plan' the agreed term?", 1, document.documentId()),
                        tuple("reviewer", "Yes: annual work plan.", 2, document.documentId()));
    }

    @Test
    void aReadMarkInTheFutureIsCappedAtNowSoLaterMentionsStillCountAsUnread() {
        Roles.as("admin", Role.ADMIN, () -> {
            comments.markInboxRead(java.time.Instant.now().plus(java.time.Duration.ofDays(365)));
            return null;
        });
        assertThat(Roles.as("admin", Role.ADMIN, () -> comments.unreadCount())).isZero();

        Roles.as("reviewer", Role.REVIEWER, () -> comments.post(segment.id(), "@admin please look."));

        assertThat(Roles.as("admin", Role.ADMIN, () -> comments.unreadCount())).isEqualTo(1);
    }

    @Test
    void commentsAndMentionsCannotBeChangedDeletedOrTruncated() {
        SegmentComment comment = post("translator", Role.TRANSLATOR, "Asking @reviewer.");

        assertThatThrownBy(() -> jdbc.update("update segment_comment set body = 'x' where id = ?", comment.id()))
                .hasMessageContaining("cannot be changed or deleted");
        assertThatThrownBy(() -> jdbc.update("delete from segment_comment where id = ?", comment.id()))
                .hasMessageContaining("cannot be changed or deleted");
        assertThatThrownBy(() -> jdbc.update("delete from segment_comment_mention where comment_id = ?", comment.id()))
                .hasMessageContaining("cannot be changed or deleted");
        assertThatThrownBy(() -> jdbc.execute("truncate segment_comment cascade")).hasMessageContaining("cannot be truncated");
        assertThatThrownBy(() -> jdbc.execute("truncate segment_comment_mention")).hasMessageContaining("cannot be truncated");
        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> comments.thread(segment.id(), 0, 50).items()))
                .extracting(SegmentComment::body, SegmentComment::mentions)
                .containsExactly(tuple("Asking @reviewer.", List.of("reviewer")));
    }

    @Test
    void emptyOverlongAndNulCommentsAreRefusedWithAReasonAndNothingIsStored() {
        assertRefused("   ", "Write something");
        assertRefused(null, "Write something");
        assertRefused("x".repeat(CommentService.MAX_BODY_LENGTH + 1), "at most 4000 characters; this one has 4001");
        assertRefused("before\0after", "NUL");

        assertThat(post("translator", Role.TRANSLATOR, "x".repeat(CommentService.MAX_BODY_LENGTH)).body())
                .hasSize(CommentService.MAX_BODY_LENGTH);
        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> comments.thread(segment.id(), 0, 50).items())).hasSize(1);
    }

    @Test
    void mentionsNameExistingUsersAndUnknownNamesStayPlainText() {
        SegmentComment comment = post("translator", Role.TRANSLATOR,
                "@Reviewer2 and @reviewer, see this; @nobody-at-all never signed up, mail a@reviewer.org or @reviewer.");

        assertThat(comment.mentions()).containsExactly("reviewer", "reviewer2");
        assertThat(comment.body()).contains("@nobody-at-all");
    }

    @Test
    void everyRoleMayCommentButNobodyAnonymously() {
        for (Role role : Role.values()) {
            assertThat(post("someone-" + role.name().toLowerCase(), role, "A note from a " + role.name()).author())
                    .isEqualTo("someone-" + role.name().toLowerCase());
        }
        assertThatThrownBy(() -> comments.post(segment.id(), "Who am I?"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> comments.thread(segment.id(), 0, 50).items()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> comments.inbox()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void commentingOnAMissingSegmentSaysSo(Role role) {
        assertThatThrownBy(() -> Roles.as("translator", role, () -> comments.post(Long.MAX_VALUE, "Hello")))
                .hasMessageContaining("no segment");
    }

    @Test
    void theInboxListsMentionsRejectionsOfMyRevisionsAndRepliesNewestFirst() {
        SegmentSnapshot edited = Roles.as("translator2", Role.TRANSLATOR,
                () -> segments.save(segment.id(), "The meeting reviewed the yearly plan.", segment.version()));
        SegmentSnapshot submitted = Roles.as("translator2", Role.TRANSLATOR, () -> reviews.submit(segment.id(), edited.version()));
        Roles.as("reviewer", Role.REVIEWER, () -> reviews.reject(segment.id(), submitted.version(), "Say 'annual work plan'."));
        post("translator2", Role.TRANSLATOR, "Why not yearly, @reviewer?");
        post("reviewer", Role.REVIEWER, "The glossary says annual work plan.");
        post("reviewer2", Role.REVIEWER, "Agreed with @reviewer.");

        assertThat(inboxOf("translator2")).extracting(InboxItem::kind, InboxItem::from, InboxItem::text)
                .containsExactly(
                        tuple(InboxItem.Kind.REPLY, "reviewer2", "Agreed with @reviewer."),
                        tuple(InboxItem.Kind.REPLY, "reviewer", "The glossary says annual work plan."),
                        tuple(InboxItem.Kind.REJECTION, "reviewer", "Say 'annual work plan'."));
        // reviewer2's reply both mentions and answers the reviewer: listed once, as a mention.
        assertThat(inboxOf("reviewer")).extracting(InboxItem::kind, InboxItem::from)
                .containsExactly(tuple(InboxItem.Kind.MENTION, "reviewer2"), tuple(InboxItem.Kind.MENTION, "translator2"));
        assertThat(inboxOf("translator")).isEmpty();
        InboxItem item = inboxOf("translator2").getFirst();
        assertThat(item.link()).isEqualTo("edit/" + document.documentId() + "?segment=" + segment.id());
        assertThat(item.position()).isEqualTo(segment.position());
    }

    @Test
    void inboxItemsAreNewUntilMarkedReadAndLaterOnesAreNewAgain() {
        post("translator", Role.TRANSLATOR, "First question, @glossary.");
        List<InboxItem> first = inboxOf("glossary");
        assertThat(first).extracting(InboxItem::unread).containsExactly(true);

        Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> comments.markInboxRead(first.getFirst().at()));
        post("translator", Role.TRANSLATOR, "Second question, @glossary.");

        assertThat(inboxOf("glossary")).extracting(InboxItem::text, InboxItem::unread)
                .containsExactly(tuple("Second question, @glossary.", true), tuple("First question, @glossary.", false));
        Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> comments.markInboxRead(first.getFirst().at())); // never moves back
        assertThat(inboxOf("glossary")).extracting(InboxItem::unread).containsExactly(true, false);
    }

    @Test
    void savesReviewMovesAndCommentsAnnounceThemselves() {
        SegmentSnapshot saved = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.save(segment.id(), "The meeting reviewed the annual work plan.", segment.version()));
        SegmentSnapshot submitted = Roles.as("translator", Role.TRANSLATOR, () -> reviews.submit(segment.id(), saved.version()));
        SegmentComment comment = post("reviewer", Role.REVIEWER, "Looking at it, @translator.");

        assertThat(events.stream(SegmentChanged.class).filter(change -> change.segmentId() == segment.id()))
                .extracting(SegmentChanged::version, SegmentChanged::by)
                .containsExactly(tuple(saved.version(), "translator"), tuple(submitted.version(), "translator"));
        assertThat(events.stream(CommentPosted.class).filter(posted -> posted.segmentId() == segment.id()))
                .containsExactly(new CommentPosted(document.documentId(), segment.id(), comment.id(), "reviewer",
                        List.of("translator")));
    }

    @Test
    void theInboxReadsOnlyTheThreadsItsOwnerJoinedNotEveryComment() {
        CommentFixtures.longThread(jdbc, segment.id(), 10_000);
        post("reviewer", Role.REVIEWER, "A reply after ten thousand, @translator2.");
        SegmentSnapshot other = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(document.documentId(), SegmentFilter.ALL, 0, 2).getLast());
        Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> comments.post(other.id(), "A note on another thread."));
        Roles.as("translator", Role.TRANSLATOR, () -> comments.post(other.id(), "Answered, @reviewer."));

        assertThat(inboxOf("translator2")).extracting(InboxItem::kind).containsExactly(InboxItem.Kind.MENTION);
        assertThat(inboxOf("glossary")).extracting(InboxItem::kind, InboxItem::text)
                .containsExactly(tuple(InboxItem.Kind.REPLY, "Answered, @reviewer."));
        // Reading every comment to find replies grows with the whole table; this reads the two comments of one thread.
        assertThat(QueryPlans.rowsRead(QueryPlans.scansOf(named, "segment_comment", "select count(*) from " + Inbox.ITEMS,
                new MapSqlParameterSource("me", "glossary")))).isLessThan(100);
    }

    private List<InboxItem> inboxOf(String username) {
        return Roles.as(username, Role.TRANSLATOR, () -> comments.inbox()).stream()
                .filter(item -> item.documentId() == document.documentId()).toList();
    }

    private SegmentComment post(String username, Role role, String body) {
        return Roles.as(username, role, () -> comments.post(segment.id(), body));
    }

    private void assertRefused(String body, String message) {
        assertThatThrownBy(() -> post("translator", Role.TRANSLATOR, body))
                .isInstanceOf(UserMessageException.class).hasMessageContaining(message);
        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> comments.thread(segment.id(), 0, 50).items())).isEmpty();
    }
}
