package app.redline.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.base.UserMessageException;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class SegmentServiceTest {

    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired SegmentService segments;
    @Autowired JdbcTemplate jdbc;

    SegmentSnapshot segment;

    @BeforeEach
    void importDocument() {
        var project = DocumentFixtures.newProject(projects);
        var result = DocumentFixtures.importText(importer, project.id(),
                "Meeting communicate learning xi jinping.\n\nThe meeting also examined other matters.");
        segment = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(result.documentId(), SegmentFilter.ALL, 0, 1).getFirst());
    }

    @Test
    void everySaveAppendsARevisionWithAuthor() {
        SegmentSnapshot first = save("translator", Role.TRANSLATOR, "The meeting studied Xi Jinping's speech.", segment.version());
        SegmentSnapshot second = save("translator2", Role.TRANSLATOR, "The meeting studied General Secretary Xi Jinping's speech.", first.version());

        assertThat(second.status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(second.version()).isGreaterThan(first.version());
        List<RevisionSnapshot> history = Roles.as("reviewer", Role.REVIEWER, () -> segments.history(segment.id()));
        assertThat(history).extracting(RevisionSnapshot::revisionNo).containsExactly(3, 2, 1);
        assertThat(history).extracting(RevisionSnapshot::author).containsExactly("translator2", "translator", "translator");
        assertThat(history.getLast().text()).isEqualTo(segment.readout());
    }

    @Test
    void savingUnchangedTextWritesNothing() {
        SegmentSnapshot same = save("translator", Role.TRANSLATOR, segment.cleanText(), segment.version());

        assertThat(same.version()).isEqualTo(segment.version());
        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> segments.history(segment.id()))).hasSize(1);
    }

    @Test
    void staleVersionIsRefusedWithBothTexts() {
        save("translator", Role.TRANSLATOR, "Their text.", segment.version());

        assertThatThrownBy(() -> save("translator2", Role.TRANSLATOR, "My text.", segment.version()))
                .isInstanceOfSatisfying(SegmentConflictException.class, conflict -> {
                    assertThat(conflict.attemptedText()).isEqualTo("My text.");
                    assertThat(conflict.current().cleanText()).isEqualTo("Their text.");
                    assertThat(conflict.current().updatedBy()).isEqualTo("translator");
                });
        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> segments.get(segment.id())).cleanText())
                .isEqualTo("Their text.");
    }

    @Test
    void simultaneousSavesOfOneVersionLetExactlyOneWin() throws Exception {
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var results = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 4; i++) {
                String text = "Version " + i + ".";
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        save("translator", Role.TRANSLATOR, text, segment.version());
                        return "saved";
                    } catch (SegmentConflictException conflict) {
                        return "conflict";
                    }
                }));
            }
            start.countDown();
            var outcomes = new java.util.ArrayList<String>();
            for (var result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsOnlyOnce("saved").contains("conflict");
        }
        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> segments.history(segment.id()))).hasSize(2);
    }

    @Test
    void revisionsAndReadoutCannotBeRewrittenEvenInSql() {
        assertThatThrownBy(() -> jdbc.update("update revision set text = 'forged' where segment_id = ?", segment.id()))
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.update("update segment set readout = 'forged' where id = ?", segment.id()))
                .hasMessageContaining("read-only");
    }

    @Test
    void absurdTextIsRefused() {
        assertThatThrownBy(() -> save("translator", Role.TRANSLATOR, "x".repeat(SegmentService.MAX_TEXT_LENGTH + 1), segment.version()))
                .isInstanceOf(UserMessageException.class).hasMessageContaining("at most");
    }

    @Test
    void translatorsAndReviewersSaveOthersOnlyRead() {
        assertThat(save("reviewer", Role.REVIEWER, "Reviewed.", segment.version()).cleanText()).isEqualTo("Reviewed.");
        long version = Roles.as("admin", Role.ADMIN, () -> segments.get(segment.id())).version();
        for (Role role : List.of(Role.ADMIN, Role.GLOSSARY_MANAGER)) {
            assertThatThrownBy(() -> save("someone", role, "Not allowed.", version))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        assertThat(Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> segments.history(segment.id()))).hasSize(2);
    }

    @Test
    void reviewMovesNeedTheCurrentVersionAndNeverMakeDraftsOrNewSegments() {
        SegmentSnapshot submitted = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.changeReviewStatus(segment.id(), segment.version(), SegmentStatus.SUBMITTED));

        assertThat(submitted.status()).isEqualTo(SegmentStatus.SUBMITTED);
        assertThat(submitted.version()).isGreaterThan(segment.version());
        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER,
                () -> segments.changeReviewStatus(segment.id(), segment.version(), SegmentStatus.APPROVED)))
                .isInstanceOf(SegmentConflictException.class);
        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER,
                () -> segments.changeReviewStatus(segment.id(), submitted.version(), SegmentStatus.DRAFT)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> segments.history(segment.id()))).hasSize(1);
    }

    @Test
    void furnitureCanBeMarkedDoNotTranslate() {
        SegmentSnapshot marked = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.markTranslatable(segment.id(), false, segment.version()));

        assertThat(marked.translatable()).isFalse();
        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> segments.history(segment.id()))).hasSize(1);
    }

    @Test
    void findsTextAndFiltersByStatus() {
        save("translator", Role.TRANSLATOR, "Edited.", segment.version());

        var drafts = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(segment.documentId(), new SegmentFilter(SegmentStatus.DRAFT, null), 0, 50));
        var found = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(segment.documentId(), new SegmentFilter(null, "EXAMINED"), 0, 50));
        var literal = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(segment.documentId(), new SegmentFilter(null, "%"), 0, 50));

        assertThat(drafts).extracting(SegmentSnapshot::id).containsExactly(segment.id());
        assertThat(found).extracting(SegmentSnapshot::position).containsExactly(2);
        assertThat(literal).isEmpty();
    }

    private SegmentSnapshot save(String user, Role role, String text, long version) {
        return Roles.as(user, role, () -> segments.save(segment.id(), text, version));
    }
}
