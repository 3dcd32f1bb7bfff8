package app.redline.user.ui;

import app.redline.base.UserMessageException;
import app.redline.base.ui.Refusals;
import app.redline.user.Role;
import app.redline.user.UserService;
import app.redline.user.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.EnumSet;

class RolesDialog extends Dialog {

    RolesDialog(UserService users, UserSummary user, Runnable onSaved) {
        setHeaderTitle("Roles of " + user.username());
        CheckboxGroup<Role> roles = roleChoice();
        roles.setValue(user.roles());
        add(roles);
        var save = new Button("Save", click -> {
            try {
                users.assignRoles(user.id(),
                        roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()));
                close();
                onSaved.run();
            } catch (UserMessageException refused) { // the last administrator keeps the role
                Refusals.mark(roles, refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    static CheckboxGroup<Role> roleChoice() {
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        return roles;
    }
}
