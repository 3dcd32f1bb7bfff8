package app.redline.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.ViewTests;
import app.redline.user.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class DocumentsViewTest {

    @Autowired ApplicationContext context;

    @AfterEach
    void close() {
        ViewTests.stop();
    }

    @Test
    void translatorSeesTheDemoReadoutsAndCanImport() {
        ViewTests.start(context, "translator", Role.TRANSLATOR);
        UI.getCurrent().navigate("");

        DocumentsView view = _get(DocumentsView.class);
        assertThat(view.project.getValue().name()).isEqualTo("Municipal news readouts");
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(2);
        assertThat(view.importPanel.isVisible()).isTrue();
    }

    @Test
    void reviewerSeesDocumentsButNoImport() {
        ViewTests.start(context, "reviewer", Role.REVIEWER);
        UI.getCurrent().navigate("");

        assertThat(_get(DocumentsView.class).importPanel.isVisible()).isFalse();
    }
}
