package app.redline.glossary.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.ViewTests;
import app.redline.Roles;
import app.redline.document.DocumentFixtures;
import app.redline.glossary.GlossaryInfo;
import app.redline.glossary.GlossaryService;
import app.redline.glossary.TermStatus;
import app.redline.project.ProjectService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import java.nio.charset.StandardCharsets;
import app.redline.user.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class GlossaryViewTest {

    @Autowired ApplicationContext context;
    @Autowired GlossaryService glossaries;
    @Autowired ProjectService projects;

    @AfterEach
    void stop() {
        ViewTests.stop();
    }

    @Test
    void translatorSearchesTheStarterGlossaryReadOnly() {
        ViewTests.start(context, "translator", Role.TRANSLATOR);
        UI.getCurrent().navigate("glossary");
        GlossaryView view = _get(GlossaryView.class);

        view.search.setValue("world economic");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(view.newConcept.isVisible()).isFalse();
        assertThat(view.transfer.upload.isVisible()).isFalse();

        GridKt._clickItem(view.grid, 0);
        ConceptDialog dialog = _get(ConceptDialog.class);
        assertThat(dialog.terms).anySatisfy(row -> assertThat(row.text.getValue()).isEqualTo("World Economic Forum"));
        assertThat(dialog.terms.getFirst().text.isReadOnly()).isTrue();
    }

    @Test
    void managerAddsAForbiddenVariantToAConcept() {
        ViewTests.start(context, "glossary", Role.GLOSSARY_MANAGER);
        UI.getCurrent().navigate("glossary");
        GlossaryView view = _get(GlossaryView.class);
        view.search.setValue("Two Upholds");
        GridKt._clickItem(view.grid, 0);
        ConceptDialog dialog = _get(ConceptDialog.class);

        dialog.addTerm.click();
        TermRow added = dialog.terms.getLast();
        added.text.setValue("two maintenance");
        added.status.setValue(TermStatus.FORBIDDEN);
        dialog.save();

        assertThat(dialog.problems.getChildren().count()).isZero();
        view.search.setValue("two maintenance");
        view.status.setValue(TermStatus.FORBIDDEN);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
    }

    @Test
    void managerImportsACsvThroughThePreview() {
        var project = DocumentFixtures.newProject(projects);
        GlossaryInfo own = Roles.as("glossary", Role.GLOSSARY_MANAGER, () -> glossaries.projectGlossary(project.id()));
        ViewTests.start(context, "glossary", Role.GLOSSARY_MANAGER);
        UI.getCurrent().navigate("glossary");
        GlossaryView view = _get(GlossaryView.class);
        view.glossary.setValue(view.glossary.getListDataView().getItems()
                .filter(info -> info.id() == own.id()).findFirst().orElseThrow());

        String csv = "concept_id,subject_field,definition,concept_note,language,term,status,case_sensitive,match_mode,"
                + "part_of_speech,term_note,authority\n"
                + "c1,Proper names,,,zh-CN,阜新,preferred,,,,,\nc1,,,,en-US,Fuxin,preferred,true,,,,\n";
        UploadKt._upload(view.transfer.upload, "terms.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);

        ImportPreviewDialog preview = _get(ImportPreviewDialog.class);
        preview.apply.click();
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
    }
}
