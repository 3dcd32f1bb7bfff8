package app.redline.checks;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.ImportProgress;
import app.redline.document.ImportResult;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DocumentChecksTest {

    @Autowired DocumentChecks checks;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;

    @Test
    void reportsEveryTranslatableSegmentsIssuesWithCountsAndProgress() {
        long demo = Roles.as("translator", Role.TRANSLATOR, () -> projects.list()).stream()
                .filter(project -> project.name().equals("Municipal news readouts")).findFirst().orElseThrow().id();
        ImportResult document = DocumentFixtures.importText(importer, demo,
                "Views: 8\n\nWe must promote “double carbon”.\n\nThe meeting also examined other matters.");
        List<Integer> progress = new ArrayList<>();

        DocumentReport report = Roles.as("reviewer", Role.REVIEWER,
                () -> checks.report(document.documentId(), (step, done, total) -> progress.add(done)));

        assertThat(report.findings()).anySatisfy(finding -> {
            assertThat(finding.position()).isEqualTo(2);
            assertThat(finding.issue().checkId()).isEqualTo("glossary-forbidden");
        });
        assertThat(report.findings()).noneSatisfy(finding -> assertThat(finding.position()).isEqualTo(1));
        assertThat(report.counts()).containsKey("glossary-forbidden");
        assertThat(progress).isNotEmpty().endsWith(2);
    }

    @Test
    void aSegmentsIssuesAreThoseOfItsCurrentCleanText() {
        long demo = Roles.as("translator", Role.TRANSLATOR, () -> projects.list()).stream()
                .filter(project -> project.name().equals("Municipal news readouts")).findFirst().orElseThrow().id();
        ImportResult document = DocumentFixtures.importText(importer, demo, "He met xi jinping in Changchun.");
        long segmentId = Roles.as("translator", Role.TRANSLATOR,
                () -> checks.report(document.documentId(), ImportProgress.NONE)).findings().getFirst().segmentId();

        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> checks.segmentIssues(segmentId)))
                .anySatisfy(issue -> assertThat(issue.replacements()).contains("Xi Jinping"));
    }
}
