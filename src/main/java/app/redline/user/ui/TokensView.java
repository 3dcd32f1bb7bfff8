package app.redline.user.ui;

import app.redline.base.UserMessageException;
import app.redline.base.ui.Refusals;
import app.redline.user.ApiTokenService;
import app.redline.user.ApiTokenSummary;
import app.redline.user.IssuedToken;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.security.access.AccessDeniedException;

/** Personal access tokens for the REST API; a token's secret is shown once, at creation, with its expiry. */
@Route("tokens")
@PageTitle("API tokens | Redline")
@Menu(order = 20, title = "API tokens")
@PermitAll
class TokensView extends VerticalLayout {

    /** A lifetime to pick, in days; {@link ApiTokenService#NEVER_EXPIRES} for none. */
    record Lifetime(int days, String label) {}

    static final Lifetime DEFAULT_LIFETIME = new Lifetime(ApiTokenService.DEFAULT_LIFETIME_DAYS, "90 days");
    static final Lifetime NO_EXPIRY = new Lifetime(ApiTokenService.NEVER_EXPIRES, "No expiry");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final ApiTokenService tokens;
    final Grid<ApiTokenSummary> grid = new Grid<>();
    final TextField name = new TextField();
    final Select<Lifetime> lifetime = new Select<>();
    final Button create = new Button("Create token");
    /** The secret of the token just created, shown once. */
    final TextField secret = new TextField("Your new token");
    final Paragraph expiry = new Paragraph();

    TokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        setSizeFull();
        grid.addColumn(ApiTokenSummary::name).setHeader("Name").setFlexGrow(1);
        grid.addColumn(token -> token.prefix() + "…").setHeader("Starts with").setAutoWidth(true);
        grid.addColumn(token -> WHEN.format(token.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(token -> token.lastUsedAt() == null ? "never" : WHEN.format(token.lastUsedAt()))
                .setHeader("Last used").setAutoWidth(true);
        grid.addColumn(TokensView::expires).setHeader("Expires").setKey("expires").setAutoWidth(true);
        grid.addComponentColumn(token -> token.active()
                ? new Button("Revoke", click -> { tokens.revokeForCurrentUser(token.id()); refresh(); })
                : new Paragraph(token.revokedAt() != null ? "revoked" : "expired")).setKey("state").setAutoWidth(true);
        name.setPlaceholder("What the token is for, e.g. nightly import");
        name.setWidth("24em");
        lifetime.setLabel("Expires after");
        lifetime.setItems(new Lifetime(30, "30 days"), DEFAULT_LIFETIME, new Lifetime(365, "365 days"), NO_EXPIRY);
        lifetime.setItemLabelGenerator(Lifetime::label);
        lifetime.setValue(DEFAULT_LIFETIME);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> issue());
        var form = new HorizontalLayout(name, lifetime, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("API tokens"),
                new Paragraph("Scripts send a token as 'Authorization: Bearer <token>'. It acts with your roles until it "
                        + "expires or you revoke it; tokens are made here or with your password, never with a token."),
                form, grid);
        expand(grid);
        refresh();
    }

    private void issue() {
        try {
            IssuedToken issued = tokens.issueForCurrentUser(name.getValue(), lifetime.getValue().days());
            name.clear();
            name.setInvalid(false);
            refresh();
            secret.setValue(issued.secret());
            secret.setReadOnly(true);
            secret.setWidthFull();
            Instant expiresAt = issued.token().expiresAt();
            expiry.setText(expiresAt == null ? "It never expires: revoke it when the script no longer needs it."
                    : "It expires on " + WHEN.format(expiresAt) + ".");
            var dialog = new Dialog(new Paragraph("Copy it now: it will not be shown again."), secret, expiry);
            dialog.setHeaderTitle("Token created");
            dialog.setWidth("min(40em, 95vw)");
            dialog.getFooter().add(new Button("Done", done -> dialog.close()));
            dialog.open();
        } catch (UserMessageException refused) {
            Refusals.mark(name, refused);
        } catch (AccessDeniedException denied) { // the one refusal of the role checks here: no password sign-in
            name.setErrorMessage(ApiTokenService.PASSWORD_NEEDED);
            name.setInvalid(true);
        }
    }

    private static String expires(ApiTokenSummary token) {
        if (token.expiresAt() == null) {
            return "never";
        }
        return (token.expired() ? "expired " : "") + WHEN.format(token.expiresAt());
    }

    private void refresh() {
        grid.setItems(tokens.listForCurrentUser());
    }
}
