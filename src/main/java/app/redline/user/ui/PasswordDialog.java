package app.redline.user.ui;

import app.redline.base.UserMessageException;
import app.redline.base.ui.Refusals;
import app.redline.user.UserService;
import app.redline.user.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;

class PasswordDialog extends Dialog {

    PasswordDialog(UserService users, UserSummary user) {
        setHeaderTitle("New password for " + user.username());
        var password = new PasswordField("New password");
        password.setHelperText("At least 8 characters");
        add(password);
        var save = new Button("Set password", click -> {
            try {
                users.resetPassword(user.id(), password.getValue());
                close();
                Notification.show("Password of " + user.username() + " changed.");
            } catch (UserMessageException invalid) {
                Refusals.mark(password, invalid);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
