package app.redline.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.ViewTests;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.ImportResult;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectService;
import app.redline.review.QueuedSegment;
import app.redline.review.ReviewService;
import app.redline.user.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class ReviewQueueViewTest {

    @Autowired ApplicationContext context;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired SegmentService segments;
    @Autowired ReviewService reviews;

    @AfterEach
    void stop() {
        ViewTests.stop();
    }

    @Test
    void reviewerSeesSubmittedSegmentsAndFiltersByTranslator() {
        ImportResult document = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "A sentence for the queue view.");
        SegmentSnapshot segment = Roles.as("translator2", Role.TRANSLATOR, () -> {
            SegmentSnapshot row = segments.page(document.documentId(), SegmentFilter.ALL, 0, 1).getFirst();
            SegmentSnapshot saved = segments.save(row.id(), "A sentence for the queue view, edited.", row.version());
            return reviews.submit(saved.id(), saved.version());
        });
        ViewTests.start(context, "reviewer", Role.REVIEWER);
        UI.getCurrent().navigate("review");
        ReviewQueueView view = _get(ReviewQueueView.class);

        view.translator.setValue("translator2");

        assertThat(GridKt._findAll(view.grid)).extracting(QueuedSegment::segmentId).contains(segment.id());
        assertThat(GridKt._findAll(view.grid)).extracting(QueuedSegment::submittedBy).containsOnly("translator2");
    }

    @Test
    void translatorsHaveNoQueue() {
        ViewTests.start(context, "translator", Role.TRANSLATOR);
        assertThatThrownBy(() -> UI.getCurrent().navigate("review")).hasMessageContaining("Access is denied");
    }
}
