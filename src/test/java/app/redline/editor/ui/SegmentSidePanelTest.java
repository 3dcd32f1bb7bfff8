package app.redline.editor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.ViewTests;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.ImportResult;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectService;
import app.redline.discussion.CommentFixtures;
import app.redline.discussion.CommentService;
import app.redline.review.ReviewService;
import app.redline.user.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import app.redline.document.diff.DiffText;

/** The editor's thread and diff tabs, and what reaches them from other users while the editor is open. */
@IntegrationTest
class SegmentSidePanelTest {

    private static final String READOUT = "The meeting reviewed the annual plan.";

    @Autowired ApplicationContext context;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired SegmentService segments;
    @Autowired ReviewService reviews;
    @Autowired CommentService comments;
    @Autowired JdbcTemplate jdbc;
    @Value("${redline.comments.max-per-period}") int maxPerPeriod;

    ImportResult document;
    SegmentSnapshot segment;

    @BeforeEach
    void importDocument() {
        document = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(), READOUT);
        segment = Roles.as("translator", Role.TRANSLATOR, () -> segments.page(document.documentId(),
                app.redline.document.SegmentFilter.ALL, 0, 1).getFirst());
    }

    @AfterEach
    void close() {
        ViewTests.stop();
    }

    @Test
    void theThreadInterleavesReviewMovesAndCommentsNewestLastAndTakesAReply() {
        SegmentSnapshot saved = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.save(segment.id(), "The meeting reviewed the yearly plan.", segment.version()));
        Roles.as("translator", Role.TRANSLATOR, () -> comments.post(segment.id(), "Yearly or annual, @reviewer?"));
        SegmentSnapshot submitted = Roles.as("translator", Role.TRANSLATOR, () -> reviews.submit(segment.id(), saved.version()));
        Roles.as("reviewer", Role.REVIEWER, () -> reviews.reject(segment.id(), submitted.version(), "Annual work plan, please."));
        EditorView view = openAs("translator", Role.TRANSLATOR);

        view.activate(GridKt._get(view.grid, 0));

        ThreadPanel thread = view.sidePanel.thread;
        assertThat(entryTexts(thread)).containsExactly(
                "translator · Yearly or annual, @reviewer? · mentions reviewer",
                "translator submitted revision 2",
                "reviewer rejected revision 2 · Annual work plan, please.");
        thread.reply.setValue("Changed it to annual work plan.");
        thread.post.click();
        assertThat(thread.reply.getValue()).isEmpty();
        assertThat(entryTexts(thread).getLast()).isEqualTo("translator · Changed it to annual work plan.");
    }

    @Test
    void aBlankReplyPostsNothing() {
        EditorView view = openAs("reviewer", Role.REVIEWER);
        view.activate(GridKt._get(view.grid, 0));
        ThreadPanel thread = view.sidePanel.thread;

        thread.reply.setValue("   ");
        thread.post.click();

        assertThat(Roles.as("reviewer", Role.REVIEWER, () -> comments.thread(segment.id(), 0, 50).items())).isEmpty();
        assertThat(thread.entries.getChildren().map(ThreadPanelText::of)).containsExactly("No comments yet.");
    }

    @Test
    void theDiffTabComparesWithTheReadoutAndTheLastApprovedRevision() {
        SegmentSnapshot saved = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.save(segment.id(), "The meeting reviewed the yearly plan.", segment.version()));
        SegmentSnapshot submitted = Roles.as("translator", Role.TRANSLATOR, () -> reviews.submit(segment.id(), saved.version()));
        SegmentSnapshot approved = Roles.as("reviewer", Role.REVIEWER, () -> reviews.approve(segment.id(), 2, submitted.version(), null));
        Roles.as("translator", Role.TRANSLATOR, () -> segments.save(segment.id(), "The meeting reviewed the annual work plan.", approved.version()));
        EditorView view = openAs("reviewer2", Role.REVIEWER);

        view.activate(GridKt._get(view.grid, 0));
        view.sidePanel.tabs.setSelectedTab(view.sidePanel.diffTab);

        SegmentDiffPanel diffs = view.sidePanel.diffs;
        assertThat(deletedAndInserted(diffs.againstReadout)).containsExactly("work");
        assertThat(diffs.againstApproved.getChildren().findFirst().orElseThrow()).isInstanceOf(DiffText.class);
        assertThat(deletedAndInserted(diffs.againstApproved)).contains("yearly");
        assertThat(String.join(" ", deletedAndInserted(diffs.againstApproved))).contains("annual").contains("work");
    }

    @Test
    void commentsAndChangesByOthersArriveWhileTheEditorIsOpenAndTheOpenSegmentIsLeftToTheConflictDialog() {
        EditorView view = openAs("reviewer", Role.REVIEWER);
        view.activate(GridKt._get(view.grid, 0));
        view.editor.setValue("The meeting reviewed the annual work plan.");

        Roles.as("translator", Role.TRANSLATOR, () -> comments.post(segment.id(), "Please check the term, @reviewer."));
        SegmentSnapshot theirs = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.save(segment.id(), "The meeting went over the annual plan.", segment.version()));

        awaitOnScreen(() -> view.sidePanel.remoteChange.isVisible()
                && entryTexts(view.sidePanel.thread).contains("translator · Please check the term, @reviewer. · mentions reviewer"));
        assertThat(view.sidePanel.remoteChange.getText())
                .startsWith("translator changed this segment since you opened it (now Draft).");
        assertThat(view.editor.getValue()).isEqualTo("The meeting reviewed the annual work plan.");

        Roles.as("translator", Role.TRANSLATOR, () -> reviews.submit(segment.id(), theirs.version()));
        awaitOnScreen(() -> view.sidePanel.remoteChange.getText().contains("(now Submitted)"));
        assertThat(view.editor.getValue()).isEqualTo("The meeting reviewed the annual work plan.");
        assertThat(entryTexts(view.sidePanel.thread)).contains("translator submitted revision 2");
        assertThat(view.saveActive()).as("the save meets the conflict dialog").isFalse();
        assertThat(_get(ConflictDialog.class).theirs.getValue()).isEqualTo(theirs.cleanText());
    }

    @Test
    void aLongThreadShowsItsLatestEntriesLoadsEarlierOnesOnRequestAndStillTakesNewOnes() {
        CommentFixtures.longThread(jdbc, segment.id(), 10_000);
        EditorView view = openAs("reviewer", Role.REVIEWER);
        view.activate(GridKt._get(view.grid, 0));
        ThreadPanel thread = view.sidePanel.thread;

        assertThat(entryTexts(thread)).hasSize(ThreadPanel.SLICE)
                .startsWith("bulk · Comment 9971").endsWith("bulk · Comment 10000");
        assertThat(thread.earlier.isVisible()).isTrue();

        thread.earlier.click();
        assertThat(entryTexts(thread)).hasSize(2 * ThreadPanel.SLICE)
                .startsWith("bulk · Comment 9941").endsWith("bulk · Comment 10000");

        Roles.as("translator", Role.TRANSLATOR, () -> comments.post(segment.id(), "Still reading?"));
        awaitOnScreen(() -> entryTexts(thread).size() == 2 * ThreadPanel.SLICE + 1);
        assertThat(entryTexts(thread)).startsWith("bulk · Comment 9941").endsWith("translator · Still reading?");
    }

    @Test
    void showEarlierMergesMovesAndCommentsByTimeAndGoesAwayAtTheStart() {
        SegmentSnapshot saved = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.save(segment.id(), "The meeting reviewed the yearly plan.", segment.version()));
        Roles.as("translator", Role.TRANSLATOR, () -> reviews.submit(segment.id(), saved.version()));
        // 40 comments after the submission, a second apart.
        CommentFixtures.insert(jdbc, segment.id(), "bulk", 40, Instant.now().plusSeconds(41), Duration.ofSeconds(1));
        EditorView view = openAs("reviewer", Role.REVIEWER);
        view.activate(GridKt._get(view.grid, 0));
        ThreadPanel thread = view.sidePanel.thread;
        assertThat(entryTexts(thread)).hasSize(ThreadPanel.SLICE).startsWith("bulk · Comment 11");

        thread.earlier.click();

        assertThat(entryTexts(thread)).hasSize(41).startsWith("translator submitted revision 2", "bulk · Comment 1")
                .endsWith("bulk · Comment 40");
        assertThat(thread.earlier.isVisible()).isFalse();
    }

    @Test
    void overTheRateLimitTheReplyStaysAndANoticeSaysWhenToTryAgain() {
        String flooder = "flood-" + UUID.randomUUID().toString().substring(0, 8);
        CommentFixtures.insert(jdbc, segment.id(), flooder, maxPerPeriod, Instant.now(), Duration.ofMillis(100));
        EditorView view = openAs(flooder, Role.TRANSLATOR);
        view.activate(GridKt._get(view.grid, 0));
        ThreadPanel thread = view.sidePanel.thread;

        thread.reply.setValue("One more thought.");
        thread.post.click();

        assertThat(thread.reply.getValue()).isEqualTo("One more thought.");
        assertThat(NotificationsKt.getNotifications()).extracting(notice -> notice.getElement().getProperty("text"))
                .anySatisfy(text -> assertThat(text).startsWith("You have posted " + maxPerPeriod + " comments within")
                        .contains("Wait").endsWith("Your reply stays in the field."));
        assertThat(entryTexts(thread)).doesNotContain(flooder + " · One more thought.");
    }

    private EditorView openAs(String username, Role role) {
        ViewTests.start(context, username, role);
        UI.getCurrent().navigate("edit/" + document.documentId());
        return _get(EditorView.class);
    }

    /** Pushed updates come from another thread; the mock UI applies them when the test lets it. */
    private static void awaitOnScreen(BooleanSupplier shown) {
        ViewTests.awaitOnScreen("the update reached the editor in time", Duration.ofSeconds(20), shown);
    }

    private static List<String> entryTexts(ThreadPanel thread) {
        return thread.entries.getChildren().map(ThreadPanelText::withoutTimes).toList();
    }

    private static List<String> deletedAndInserted(Component diff) {
        return diff.getChildren().flatMap(Component::getChildren).filter(part -> part instanceof Span)
                .map(Span.class::cast).filter(span -> span.hasClassName("diff-delete") || span.hasClassName("diff-insert"))
                .map(Span::getText).map(String::strip).toList();
    }
}
