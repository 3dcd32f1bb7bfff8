package app.redline.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.document.SegmentStatus;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Every review move is published for other modules, and its row says whose revision it decided on. */
@IntegrationTest
@RecordApplicationEvents
class ReviewMovedTest {

    @Autowired ReviewService review;
    @Autowired SegmentService segments;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    @Test
    void everyMoveIsPublishedWithTheRevisionItDecidedOnAndWhoWroteIt() {
        long documentId = ReviewFixtures.importInto(importer, DocumentFixtures.newProject(projects).id(),
                "A sentence to move through review.");
        SegmentSnapshot segment = ReviewFixtures.segments(segments, documentId).getFirst();
        SegmentSnapshot submitted = ReviewFixtures.editAndSubmit(segments, review, "translator", Role.TRANSLATOR, segment,
                "A sentence moved through review.");
        SegmentSnapshot rejected = Roles.as("reviewer", Role.REVIEWER,
                () -> review.reject(segment.id(), submitted.version(), "Say it plainly."));

        assertThat(events.stream(ReviewMoved.class).filter(moved -> moved.segmentId() == segment.id()))
                .extracting(ReviewMoved::documentId, ReviewMoved::action, ReviewMoved::from, ReviewMoved::to,
                        ReviewMoved::revisionNo, ReviewMoved::revisionAuthor, ReviewMoved::actor)
                .containsExactly(
                        tuple(documentId, ReviewAction.SUBMIT, SegmentStatus.DRAFT, SegmentStatus.SUBMITTED, 2, "translator", "translator"),
                        tuple(documentId, ReviewAction.REJECT, SegmentStatus.SUBMITTED, SegmentStatus.REJECTED, 2, "translator", "reviewer"));
        assertThat(rejected.status()).isEqualTo(SegmentStatus.REJECTED);
        assertThat(jdbc.queryForList("select revision_author from review_event where segment_id = ? order by id",
                String.class, segment.id())).containsExactly("translator", "translator");
    }
}
