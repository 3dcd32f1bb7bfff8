package app.redline.user.ui;

import app.redline.user.ApiTokenService;
import app.redline.user.ApiTokenSummary;
import app.redline.user.IssuedToken;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Personal access tokens for the REST API; a token's secret is shown once, at creation. */
@Route("tokens")
@PageTitle("API tokens | Redline")
@Menu(order = 20, title = "API tokens")
@PermitAll
class TokensView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final ApiTokenService tokens;
    final Grid<ApiTokenSummary> grid = new Grid<>();
    final TextField name = new TextField();
    final Button create = new Button("Create token");

    TokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        setSizeFull();
        grid.addColumn(ApiTokenSummary::name).setHeader("Name").setFlexGrow(1);
        grid.addColumn(token -> token.prefix() + "…").setHeader("Starts with").setAutoWidth(true);
        grid.addColumn(token -> WHEN.format(token.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(token -> token.lastUsedAt() == null ? "never" : WHEN.format(token.lastUsedAt()))
                .setHeader("Last used").setAutoWidth(true);
        grid.addComponentColumn(token -> token.active()
                ? new Button("Revoke", click -> { tokens.revokeForCurrentUser(token.id()); refresh(); })
                : new Paragraph("revoked")).setAutoWidth(true);
        name.setPlaceholder("What the token is for, e.g. nightly import");
        name.setWidth("24em");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> issue());
        add(new H2("API tokens"),
                new Paragraph("Scripts send a token as 'Authorization: Bearer <token>'. It acts with your roles."),
                new HorizontalLayout(name, create), grid);
        expand(grid);
        refresh();
    }

    private void issue() {
        try {
            IssuedToken issued = tokens.issueForCurrentUser(name.getValue());
            name.clear();
            refresh();
            var secret = new TextField("Your new token");
            secret.setValue(issued.secret());
            secret.setReadOnly(true);
            secret.setWidthFull();
            var dialog = new Dialog(new Paragraph("Copy it now: it will not be shown again."), secret);
            dialog.setHeaderTitle("Token created");
            dialog.setWidth("min(40em, 95vw)");
            dialog.getFooter().add(new Button("Done", done -> dialog.close()));
            dialog.open();
        } catch (IllegalArgumentException invalid) {
            name.setInvalid(true);
            name.setErrorMessage(invalid.getMessage());
        }
    }

    private void refresh() {
        grid.setItems(tokens.listForCurrentUser());
    }
}
