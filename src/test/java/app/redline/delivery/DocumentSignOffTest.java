package app.redline.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.document.SegmentStatus;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.review.Refusal;
import app.redline.review.ReviewRefusedException;
import app.redline.review.ReviewService;
import app.redline.user.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Document progress, sign-off and export on PostgreSQL. */
@IntegrationTest
class DocumentSignOffTest {

    static final String TEXT = "Views: 8\n\nThe meeting reviewed the annual plan. The meeting also examined other matters."
            + "\n\nThe committee adopted the report.";

    @Autowired ReviewService review;
    @Autowired SignOffService signOffs;
    @Autowired DocumentExport export;
    @Autowired SegmentService segments;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired JdbcTemplate jdbc;

    ProjectInfo project;
    long documentId;

    @BeforeEach
    void importDocument() {
        project = DocumentFixtures.newProject(projects);
        documentId = DocumentFixtures.importText(importer, project.id(), TEXT).documentId();
    }

    @Test
    void countsLeaveDoNotTranslateOutAndTheStateFollowsTheSegments() {
        List<SegmentSnapshot> all = segments();
        assertThat(all).filteredOn(segment -> !segment.translatable()).isNotEmpty();
        int translatable = (int) all.stream().filter(SegmentSnapshot::translatable).count();

        DocumentProgress fresh = progress();
        assertThat(fresh.translatable()).isEqualTo(translatable);
        assertThat(fresh.count(SegmentStatus.NEW)).isEqualTo(translatable);
        assertThat(fresh.state()).isEqualTo(DocumentState.IN_TRANSLATION);

        translatableSegments().forEach(this::submit);
        assertThat(progress().state()).isEqualTo(DocumentState.IN_REVIEW);
        assertThat(progress().count(SegmentStatus.SUBMITTED)).isEqualTo(translatable);

        SegmentSnapshot first = translatableSegments().getFirst();
        approve(first);
        assertThat(progress().state()).isEqualTo(DocumentState.IN_REVIEW);
        assertThat(progress().summary()).isEqualTo("1/" + translatable + " approved · in review");

        translatableSegments().stream().filter(segment -> segment.status() == SegmentStatus.SUBMITTED).forEach(this::approve);
        assertThat(progress().state()).isEqualTo(DocumentState.APPROVED);
        assertThat(progress().approved()).isEqualTo(translatable);
    }

    @Test
    void progressOfManyDocumentsComesBackForEach() {
        long other = DocumentFixtures.importText(importer, project.id(), "The committee adopted the report.").documentId();

        var progress = Roles.as("translator", Role.TRANSLATOR, () -> signOffs.progress(List.of(documentId, other)));

        assertThat(progress).containsOnlyKeys(documentId, other);
        assertThat(progress.get(other).translatable()).isEqualTo(1);
    }

    @Test
    void signOffIsRefusedUntilEverySegmentIsApprovedAndOnlyReviewersSignOff() {
        translatableSegments().forEach(this::submit);
        assertThatThrownBy(() -> Roles.as("reviewer", Role.REVIEWER, () -> signOffs.signOff(documentId)))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.STATE));
        translatableSegments().forEach(this::approve);

        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR, () -> signOffs.signOff(documentId)))
                .isInstanceOf(AccessDeniedException.class);
        SignOff signOff = Roles.as("reviewer", Role.REVIEWER, () -> signOffs.signOff(documentId));

        assertThat(signOff.signedBy()).isEqualTo("reviewer");
        assertThat(signOff.approvedSegments()).isEqualTo(translatableSegments().size());
        assertThat(progress().state()).isEqualTo(DocumentState.SIGNED_OFF);
    }

    @Test
    void anEditAfterSignOffUnsignsTheDocumentEvenOnceApprovedAgain() {
        approveAllAndSignOff();
        SegmentSnapshot first = translatableSegments().getFirst();

        SegmentSnapshot edited = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.save(first.id(), "The meeting reviewed the plan for the year.", first.version()));
        assertThat(progress().state()).isEqualTo(DocumentState.IN_TRANSLATION);
        submit(edited);
        SegmentSnapshot submitted = asTranslator(() -> segments.get(first.id()));
        Roles.as("reviewer", Role.REVIEWER, () -> review.approve(first.id(), 2, submitted.version(), null));

        assertThat(progress().state()).isEqualTo(DocumentState.APPROVED);
        assertThat(progress().signedOff()).isFalse();
        assertThat(asTranslator(() -> export.plainText(documentId)).draft()).isTrue();
    }

    @Test
    void plainTextKeepsParagraphsAndIsMarkedDraftUntilSignedOff() {
        ExportFile draft = asTranslator(() -> export.plainText(documentId));

        assertThat(draft.draft()).isTrue();
        assertThat(draft.fileName()).isEqualTo("test-clean-draft.txt");
        assertThat(text(draft)).startsWith("DRAFT — not signed off\n\nViews: 8\n\n");

        approveAllAndSignOff();
        ExportFile signed = asTranslator(() -> export.plainText(documentId));
        assertThat(signed.draft()).isFalse();
        assertThat(signed.fileName()).isEqualTo("test-clean.txt");
        assertThat(text(signed)).isEqualTo("Views: 8\n\nThe meeting reviewed the annual plan. The meeting also "
                + "examined other matters.\n\nThe committee adopted the report.\n");
    }

    @Test
    void csvHasOneRowPerSegmentAndNeutralisesFormulas() {
        long formulas = DocumentFixtures.importText(importer, project.id(), "=SUM(A1) is a formula.").documentId();

        ExportFile csv = asTranslator(() -> export.csv(formulas));

        assertThat(csv.draft()).isTrue();
        assertThat(csv.fileName()).contains("-draft").endsWith(".csv");
        assertThat(text(csv)).startsWith("\uFEFFposition,paragraph,status,readout,clean_text\r\n")
                .contains("1,0,NEW,'=SUM(A1) is a formula.,'=SUM(A1) is a formula.")
                .doesNotContain(",=SUM");
    }

    @Test
    void signOffRowsCannotBeChangedOrDeleted() {
        approveAllAndSignOff();

        assertThatThrownBy(() -> jdbc.update("update document_signoff set signed_by = 'admin' where document_id = ?", documentId))
                .hasMessageContaining("cannot be changed or deleted");
        assertThatThrownBy(() -> jdbc.update("delete from document_signoff where document_id = ?", documentId))
                .hasMessageContaining("cannot be changed or deleted");
        assertThat(asTranslator(() -> signOffs.signOffs(documentId))).hasSize(1);
    }

    private void approveAllAndSignOff() {
        translatableSegments().forEach(this::submit);
        translatableSegments().forEach(this::approve);
        Roles.as("reviewer", Role.REVIEWER, () -> signOffs.signOff(documentId));
    }

    private void submit(SegmentSnapshot segment) {
        Roles.as("translator", Role.TRANSLATOR, () -> review.submit(segment.id(), segment.version()));
    }

    private void approve(SegmentSnapshot segment) {
        SegmentSnapshot current = asTranslator(() -> segments.get(segment.id()));
        int revisionNo = asTranslator(() -> segments.history(segment.id())).getFirst().revisionNo();
        Roles.as("reviewer2", Role.REVIEWER, () -> review.approve(segment.id(), revisionNo, current.version(), null));
    }

    private DocumentProgress progress() {
        return asTranslator(() -> signOffs.progress(documentId));
    }

    private List<SegmentSnapshot> segments() {
        return asTranslator(() -> segments.page(documentId, SegmentFilter.ALL, 0, 100));
    }

    private List<SegmentSnapshot> translatableSegments() {
        return segments().stream().filter(SegmentSnapshot::translatable).toList();
    }

    private static <T> T asTranslator(java.util.function.Supplier<T> work) {
        return Roles.as("translator", Role.TRANSLATOR, work);
    }

    private static String text(ExportFile file) {
        return new String(file.bytes(), StandardCharsets.UTF_8);
    }
}
