package app.redline.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.ImportResult;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ReviewQueueServiceTest {

    @Autowired ReviewQueueService queue;
    @Autowired ReviewService reviews;
    @Autowired SegmentService segments;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;

    @Test
    void listsOthersSubmittedSegmentsOldestFirstAndFilters() {
        ImportResult document = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "First queued sentence here.\n\nSecond queued sentence here.\n\nThird queued sentence here.");
        List<SegmentSnapshot> rows = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(document.documentId(), SegmentFilter.ALL, 0, 10));
        SegmentSnapshot first = submit("translator", Role.TRANSLATOR, rows.get(0), "First queued sentence, edited.");
        submit("translator2", Role.TRANSLATOR, rows.get(1), "Second queued sentence, edited.");
        submit("reviewer", Role.REVIEWER, rows.get(2), "Third queued sentence, edited by the reviewer.");
        SegmentSnapshot rejected = Roles.as("reviewer2", Role.REVIEWER, () -> reviews.reject(first.id(), first.version(), "Too literal."));
        SegmentSnapshot resubmitted = submit("translator", Role.TRANSLATOR, rejected, "First queued sentence, edited again.");

        List<QueuedSegment> mine = ours(document, QueueFilter.ALL);
        assertThat(mine).extracting(QueuedSegment::cleanText)
                .containsExactly("Second queued sentence, edited.", "First queued sentence, edited again.");
        assertThat(ours(document, new QueueFilter(true, null))).extracting(QueuedSegment::segmentId).containsExactly(resubmitted.id());
        assertThat(ours(document, new QueueFilter(false, "translator2"))).extracting(QueuedSegment::submittedBy)
                .containsExactly("translator2");
    }

    @Test
    void onlyReviewersHaveAQueue() {
        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR, () -> queue.waitingForMe(QueueFilter.ALL, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<QueuedSegment> ours(ImportResult document, QueueFilter filter) {
        return Roles.as("reviewer", Role.REVIEWER, () -> queue.waitingForMe(filter, 0, ReviewQueueService.MAX_PAGE)).stream()
                .filter(segment -> segment.documentId() == document.documentId()).toList();
    }

    private SegmentSnapshot submit(String user, Role role, SegmentSnapshot segment, String text) {
        return Roles.as(user, role, () -> {
            SegmentSnapshot saved = segments.save(segment.id(), text, segment.version());
            return reviews.submit(saved.id(), saved.version());
        });
    }
}
