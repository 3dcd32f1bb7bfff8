package app.redline.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The frame around every signed-in view; its menu lists only the views the user's roles may open. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final List<MenuBadge> badges;
    private final Map<String, SideNavItem> items = new HashMap<>();

    public MainLayout(AuthenticationContext authentication, List<MenuBadge> badges) {
        this.badges = badges;
        var title = new Span("Redline");
        title.getStyle().set("font-weight", "600").set("font-size", "1.2em");
        var user = new Span(authentication.getPrincipalName().orElse(""));
        var signOut = new Button("Sign out", click -> authentication.logout());
        var header = new HorizontalLayout(new DrawerToggle(), title, user, signOut);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("padding-right", "1em");
        addToNavbar(header);

        var nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(entry.title(), entry.path());
            items.put(trimmed(entry.path()), item);
            nav.addItem(item);
        }
        addToDrawer(nav);
    }

    /** Counts are read again on every move between views: cheap, and never older than the last click. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        for (MenuBadge badge : badges) {
            SideNavItem item = items.get(trimmed(badge.path()));
            if (item == null) {
                continue;
            }
            int count = badge.count();
            if (count == 0) {
                item.setSuffixComponent(null);
            } else {
                var number = new Span(String.valueOf(count));
                number.addClassName("menu-badge");
                number.getElement().setAttribute("aria-label", count + " new");
                item.setSuffixComponent(number);
            }
        }
    }

    private static String trimmed(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
