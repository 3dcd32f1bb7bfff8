package app.redline.user.ui;

import app.redline.base.UserMessageException;
import app.redline.base.ui.Refusals;
import app.redline.user.Role;
import app.redline.user.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;

class UserDialog extends Dialog {

    final TextField username = new TextField("User name");
    final TextField displayName = new TextField("Name");
    final PasswordField password = new PasswordField("Password");
    final CheckboxGroup<Role> roles = RolesDialog.roleChoice();

    UserDialog(UserService users, Runnable onSaved) {
        setHeaderTitle("New user");
        password.setHelperText("At least 8 characters");
        add(new FormLayout(username, displayName, password, roles));
        var save = new Button("Create", click -> {
            try {
                users.create(username.getValue(), displayName.getValue(), password.getValue(),
                        roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()));
                close();
                onSaved.run();
            } catch (UserMessageException invalid) {
                Refusals.mark(username, invalid);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
