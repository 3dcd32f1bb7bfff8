package app.redline.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.ViewTests;
import app.redline.discussion.CommentService;
import app.redline.discussion.InboxItem;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.ImportResult;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class InboxViewTest {

    @Autowired ApplicationContext context;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired SegmentService segments;
    @Autowired CommentService comments;

    @AfterEach
    void stop() {
        ViewTests.stop();
    }

    @Test
    void listsAMentionNewestFirstWithALinkToTheSegmentAndMarksItRead() {
        ImportResult document = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "A sentence for the inbox view.");
        SegmentSnapshot segment = Roles.as("reviewer", Role.REVIEWER,
                () -> segments.page(document.documentId(), SegmentFilter.ALL, 0, 1).getFirst());
        Roles.as("reviewer", Role.REVIEWER, () -> comments.post(segment.id(), "Over to you, @translator2."));
        ViewTests.start(context, "translator2", Role.TRANSLATOR);

        UI.getCurrent().navigate("inbox");

        InboxView view = _get(InboxView.class);
        InboxItem newest = GridKt._get(view.grid, 0);
        assertThat(newest.kind()).isEqualTo(InboxItem.Kind.MENTION);
        assertThat(newest.text()).isEqualTo("Over to you, @translator2.");
        assertThat(newest.unread()).isTrue();
        var link = (Anchor) GridKt._getCellComponent(view.grid, 0, "segment");
        assertThat(link.getHref()).isEqualTo("edit/" + document.documentId() + "?segment=" + segment.id());
        assertThat(Roles.as("translator2", Role.TRANSLATOR, () -> comments.inbox()).getFirst().unread()).isFalse();
    }

    @Test
    void theMenuCountsUnreadItemsUntilTheInboxIsOpened() {
        ImportResult document = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "A sentence for the menu badge.");
        SegmentSnapshot segment = Roles.as("reviewer", Role.REVIEWER,
                () -> segments.page(document.documentId(), SegmentFilter.ALL, 0, 1).getFirst());
        Roles.as("reviewer", Role.REVIEWER, () -> comments.post(segment.id(), "@translator2, a look please."));
        ViewTests.start(context, "translator2", Role.TRANSLATOR);

        UI.getCurrent().navigate("");
        Span badge = (Span) inboxItem().getSuffixComponent();
        assertThat(Integer.parseInt(badge.getText())).isPositive(); // other tests may have mentioned translator2 too

        UI.getCurrent().navigate("inbox");
        UI.getCurrent().navigate("");
        assertThat(inboxItem().getSuffixComponent()).isNull();
    }

    private static SideNavItem inboxItem() {
        return _get(SideNav.class).getItems().stream().filter(item -> item.getLabel().equals("Inbox")).findFirst()
                .orElseThrow();
    }

    @Test
    void everyoneHasTheInboxInTheMenu() {
        for (Role role : Role.values()) {
            ViewTests.start(context, "someone", role);
            assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::title).contains("Inbox");
            ViewTests.stop();
        }
    }
}
