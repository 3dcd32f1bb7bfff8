package app.redline.user.ui;

import app.redline.base.UserMessageException;
import app.redline.base.ui.Refusals;
import app.redline.user.Role;
import app.redline.user.UserService;
import app.redline.user.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

@Route("admin/users")
@PageTitle("Users | Redline")
@Menu(order = 10, title = "Users")
@RolesAllowed(Role.Names.ADMIN)
class UsersView extends VerticalLayout {

    private final UserService users;
    final Grid<UserSummary> grid = new Grid<>();
    final Button create = new Button("New user");

    UsersView(UserService users) {
        this.users = users;
        setSizeFull();
        grid.addColumn(UserSummary::username).setHeader("User name").setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(user -> user.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")))
                .setHeader("Roles").setFlexGrow(1);
        grid.addColumn(user -> user.enabled() ? "Active" : "Disabled").setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new UserDialog(users, this::refresh).open());
        add(new H2("Users"), create, grid);
        expand(grid);
        refresh();
    }

    private HorizontalLayout actions(UserSummary user) {
        var roles = new Button("Roles", click -> new RolesDialog(users, user, this::refresh).open());
        var password = new Button("Reset password", click -> new PasswordDialog(users, user).open());
        var enable = new Button(user.enabled() ? "Disable" : "Enable", click -> {
            try {
                users.setEnabled(user.id(), !user.enabled());
                refresh();
            } catch (UserMessageException refused) {
                Refusals.show(refused);
            }
        });
        for (Button button : new Button[] {roles, password, enable}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(roles, password, enable);
    }

    void refresh() {
        grid.setItems(users.list());
    }
}
