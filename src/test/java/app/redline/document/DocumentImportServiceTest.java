package app.redline.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.document.importing.ReadoutRejectedException;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class DocumentImportServiceTest {

    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired SegmentService segments;
    @Autowired JdbcTemplate jdbc;

    ProjectInfo project;

    @BeforeEach
    void createProject() {
        project = DocumentFixtures.newProject(projects);
    }

    @Test
    void importsSampleAsSegmentsWithFirstRevisionFromTheReadout() {
        List<int[]> progress = new ArrayList<>();
        ImportResult result = Roles.as("translator", Role.TRANSLATOR, () -> importer.importReadout(project.id(),
                "changchun.txt", DocumentFixtures.sample("changchun-standing-committee.mt.txt"),
                (step, done, total) -> progress.add(new int[] {done, total})));

        assertThat(result.title()).isEqualTo(
                "Zhang Zhijun presided over a meeting of the Standing Committee of the CPC Municipal Committee");
        assertThat(count("select count(*) from segment where document_id = ?", result.documentId()))
                .isEqualTo(result.segmentCount());
        assertThat(count("select count(*) from revision r join segment s on s.id = r.segment_id "
                + "where s.document_id = ? and r.revision_no = 1 and r.text = s.readout", result.documentId()))
                .isEqualTo(result.segmentCount());
        assertThat(progress).isNotEmpty();
        assertThat(progress.getLast()).containsExactly(result.segmentCount(), result.segmentCount());

        List<SegmentSnapshot> first = Roles.as("translator", Role.TRANSLATOR,
                () -> segments.page(result.documentId(), SegmentFilter.ALL, 0, 3));
        assertThat(first).extracting(SegmentSnapshot::position).containsExactly(1, 2, 3);
        assertThat(first.get(1).translatable()).as("the date line is page furniture").isFalse();
        assertThat(first.get(0).status()).isEqualTo(SegmentStatus.NEW);
    }

    @Test
    void projectSettingStartsPostEditingFromEmptyText() {
        ProjectInfo empty = DocumentFixtures.newProject(projects, true);
        ImportResult result = DocumentFixtures.importText(importer, empty.id(), "Views: 8\n\nThe meeting was held.");

        assertThat(jdbc.queryForList("select clean_text from segment where document_id = ? order by position",
                String.class, result.documentId())).containsExactly("Views: 8", "");
    }

    @Test
    void rejectsEmptyBinaryBadlyEncodedAndOversizedFilesWithoutWritingARow() {
        int before = count("select count(*) from document");
        byte[] oversized = new byte[(int) importer.maxBytes() + 1];
        Arrays.fill(oversized, (byte) 'a');
        byte[][] files = {
            new byte[0],
            "   \n\n  ".getBytes(StandardCharsets.UTF_8),
            {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0},
            {'S', 'o', 'm', 'e', ' ', (byte) 0xC3, (byte) 0x28, ' ', 't', 'e', 'x', 't'},
            oversized,
        };
        var reasons = new ArrayList<ReadoutRejectedException.Reason>();
        for (byte[] file : files) {
            assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR,
                    () -> importer.importReadout(project.id(), "bad.txt", file, ImportProgress.NONE)))
                    .isInstanceOfSatisfying(ReadoutRejectedException.class, rejected -> {
                        assertThat(rejected.getMessage()).isNotBlank();
                        reasons.add(rejected.reason());
                    });
        }
        assertThat(reasons).containsExactly(ReadoutRejectedException.Reason.EMPTY, ReadoutRejectedException.Reason.EMPTY,
                ReadoutRejectedException.Reason.BINARY, ReadoutRejectedException.Reason.INVALID_ENCODING,
                ReadoutRejectedException.Reason.TOO_LARGE);
        assertThat(count("select count(*) from document")).isEqualTo(before);
    }

    @Test
    void failureHalfwayLeavesNoRows() {
        int documents = count("select count(*) from document");
        int segmentRows = count("select count(*) from segment");
        String text = "First sentence here. Second sentence here.\n\nThird paragraph.";
        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR, () -> importer.importReadout(project.id(),
                "x.txt", text.getBytes(StandardCharsets.UTF_8), (step, done, total) -> {
                    if (done > 0 && step.startsWith("Saving")) {
                        throw new IllegalStateException("simulated crash after the first batch");
                    }
                }))).isInstanceOf(IllegalStateException.class);
        assertThat(count("select count(*) from document")).isEqualTo(documents);
        assertThat(count("select count(*) from segment")).isEqualTo(segmentRows);
    }

    @Test
    void onlyTranslatorsAndAdministratorsImport() {
        byte[] file = "A sentence.".getBytes(StandardCharsets.UTF_8);
        for (Role role : List.of(Role.REVIEWER, Role.GLOSSARY_MANAGER)) {
            assertThatThrownBy(() -> Roles.as("someone", role,
                    () -> importer.importReadout(project.id(), "a.txt", file, ImportProgress.NONE)))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        for (Role role : List.of(Role.TRANSLATOR, Role.ADMIN)) {
            assertThat(Roles.as("someone", role,
                    () -> importer.importReadout(project.id(), "a.txt", file, ImportProgress.NONE)).segmentCount())
                    .isEqualTo(1);
        }
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
