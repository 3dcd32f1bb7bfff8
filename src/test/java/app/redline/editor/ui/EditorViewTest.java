package app.redline.editor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.checks.DocumentChecks;
import app.redline.checks.Severity;
import app.redline.document.ImportProgress;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import app.redline.Roles;
import app.redline.ViewTests;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.ImportResult;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.document.SegmentStatus;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class EditorViewTest {

    @Autowired ApplicationContext context;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired SegmentService segments;
    @Autowired DocumentChecks documentChecks;

    ImportResult document;

    @BeforeEach
    void openEditor() {
        var project = DocumentFixtures.newProject(projects);
        document = DocumentFixtures.importText(importer, project.id(),
                "Views: 8\n\nMeeting communicate learning xi jinping.\n\nThe meeting also examined other matters.");
        ViewTests.start(context, "translator", Role.TRANSLATOR);
        UI.getCurrent().navigate("edit/" + document.documentId());
    }

    @AfterEach
    void close() {
        ViewTests.stop();
    }

    @Test
    void showsReadoutBesideCleanVersionForEverySegment() {
        EditorView view = _get(EditorView.class);

        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(GridKt._get(view.grid, 1).readout()).isEqualTo("Meeting communicate learning xi jinping.");
        assertThat(GridKt._get(view.grid, 0).translatable()).isFalse();
        assertThat(view.title.getText()).isEqualTo("Meeting communicate learning xi jinping.");
    }

    @Test
    void savingTheOpenSegmentAppendsARevisionAndMarksItDraft() {
        EditorView view = _get(EditorView.class);
        view.activate(GridKt._get(view.grid, 1));
        view.editor.setValue("The meeting studied General Secretary Xi Jinping's speech.");

        assertThat(view.saveActive()).isTrue();

        SegmentSnapshot saved = GridKt._get(view.grid, 1);
        assertThat(saved.status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> segments.history(saved.id()))).hasSize(2);
    }

    @Test
    void aConcurrentSaveOpensTheConflictDialogAndKeepsTheUsersText() {
        EditorView view = _get(EditorView.class);
        SegmentSnapshot row = GridKt._get(view.grid, 1);
        view.activate(row);
        Roles.as("translator2", Role.TRANSLATOR, () -> segments.save(row.id(), "Their version.", row.version()));
        view.editor.setValue("My version.");

        assertThat(view.saveActive()).isFalse();

        ConflictDialog conflict = _get(ConflictDialog.class);
        assertThat(conflict.mine.getValue()).isEqualTo("My version.");
        assertThat(conflict.theirs.getValue()).isEqualTo("Their version.");
        assertThat(conflict.theirs.getLabel()).startsWith("Saved by translator2");
        conflict.keepMine.click();
        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> segments.get(row.id())).cleanText()).isEqualTo("My version.");
    }

    @Test
    void historyListsEveryRevisionWithAWordDiff() {
        EditorView view = _get(EditorView.class);
        view.activate(GridKt._get(view.grid, 2));
        view.editor.setValue("The meeting also discussed other matters.");
        view.saveActive();

        view.history.click();

        HistoryDialog history = _get(HistoryDialog.class);
        assertThat(history.revisions.getComponentCount()).isEqualTo(2);
    }

    @Test
    void filtersByStatusAndFindsText() {
        EditorView view = _get(EditorView.class);
        view.find.setValue("EXAMINED");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);

        view.find.clear();
        view.statusFilter.setValue(SegmentStatus.DRAFT);
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void issuesOfTheOpenSegmentAreUnderlinedInItsText() {
        EditorView view = _get(EditorView.class);
        view.activate(GridKt._get(view.grid, 1));

        waitUntil(() -> !view.editor.marks.shown().isEmpty());

        String text = view.editor.getValue();
        assertThat(view.editor.marks.shown()).anySatisfy(issue -> {
            assertThat(text.substring(issue.start(), issue.end())).isEqualTo("xi jinping");
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(view.editor.marks.getElement().getProperty("marks")).contains("\"severity\":\"ERROR\"");
        assertThat(view.checkPanel.state.getText()).endsWith("issues");
    }

    @Test
    void storedIssuesAreUnderlinedInRowsNotBeingEdited() {
        Roles.as("translator", Role.TRANSLATOR, () -> documentChecks.report(document.documentId(), ImportProgress.NONE));
        UI.getCurrent().navigate("edit/" + document.documentId());
        EditorView view = _get(EditorView.class);

        var cell = (Component) GridKt._getCellComponent(view.grid, 1, "clean");

        assertThat(cell.getChildren().filter(child -> child.hasClassName("issue-mark")))
                .anySatisfy(mark -> assertThat(((Span) mark).getText()).isEqualTo("xi jinping"));
    }

    /** Checks run off the UI thread and reach the view by push: run the UI's queue until they arrived. */
    private static void waitUntil(BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("checks arrived within a minute").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            MockVaadin.runUIQueue();
        }
    }
}
