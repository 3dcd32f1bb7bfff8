package app.redline.glossary.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.ViewTests;
import app.redline.glossary.TermStatus;
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
}
