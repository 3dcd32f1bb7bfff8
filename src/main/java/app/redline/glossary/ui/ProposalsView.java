package app.redline.glossary.ui;

import app.redline.base.UserMessageException;
import app.redline.base.ui.Refusals;
import app.redline.glossary.GlossaryInfo;
import app.redline.glossary.GlossaryService;
import app.redline.glossary.ProposalData;
import app.redline.glossary.TermProposalService;
import app.redline.security.CurrentUser;
import app.redline.user.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Glossary managers work through proposed terms here; everyone else sees what became of theirs. */
@Route("glossary/proposals")
@PageTitle("Term proposals | Redline")
@Menu(order = 3, title = "Term proposals")
@PermitAll
class ProposalsView extends VerticalLayout {

    private final TermProposalService proposals;
    private final GlossaryService glossaries;
    private final boolean manager;
    final Grid<ProposalData> grid = new Grid<>();

    ProposalsView(TermProposalService proposals, GlossaryService glossaries) {
        this.proposals = proposals;
        this.glossaries = glossaries;
        this.manager = CurrentUser.hasRole(Role.Names.GLOSSARY_MANAGER) || CurrentUser.hasRole(Role.Names.ADMIN);
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ProposalData::sourceTerm).setHeader("Source term").setAutoWidth(true);
        grid.addColumn(ProposalData::targetTerm).setHeader("Proposed term").setFlexGrow(1);
        grid.addColumn(ProposalData::note).setHeader("Note").setFlexGrow(1);
        grid.addColumn(proposal -> proposal.proposedBy() + ", " + GlossaryView.WHEN.format(proposal.proposedAt()))
                .setHeader("Proposed").setAutoWidth(true);
        if (manager) {
            grid.addComponentColumn(this::decisions).setHeader("").setAutoWidth(true);
        } else {
            grid.addColumn(proposal -> proposal.status().toLowerCase() + (proposal.reason() == null ? "" : ": " + proposal.reason()))
                    .setHeader("Decision").setFlexGrow(1);
        }
        grid.setEmptyStateText(manager ? "No proposal waits for a decision." : "You have proposed no terms yet.");
        add(new H2(manager ? "Term proposals waiting" : "My term proposals"),
                new Paragraph("Propose a term from the editor: select it in the clean version and press \"Propose term\"."),
                grid);
        expand(grid);
        refresh();
    }

    private HorizontalLayout decisions(ProposalData proposal) {
        var accept = new Button("Accept…", click -> accept(proposal));
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        var decline = new Button("Decline…", click -> decline(proposal));
        decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(accept, decline);
    }

    private void accept(ProposalData proposal) {
        var target = new Select<GlossaryInfo>();
        target.setLabel("Add to glossary");
        target.setItems(glossaries.glossaries());
        target.setItemLabelGenerator(GlossaryInfo::name);
        target.setValue(glossaries.global());
        var choose = new Dialog(target);
        choose.setHeaderTitle("Accept \"" + proposal.targetTerm() + "\"");
        choose.getFooter().add(new Button("Cancel", click -> choose.close()), new Button("Continue", click -> {
            choose.close();
            new ConceptDialog(glossaries, proposals.draftFor(proposal, target.getValue().id()), true, this::refresh,
                    concept -> proposals.accept(proposal.id(), concept)).open();
        }));
        choose.open();
    }

    private void decline(ProposalData proposal) {
        var reason = new TextArea("Reason (the translator reads it)");
        reason.setWidthFull();
        var dialog = new Dialog(reason);
        dialog.setHeaderTitle("Decline \"" + proposal.targetTerm() + "\"");
        dialog.setWidth("min(36em, 95vw)");
        var confirm = new Button("Decline", click -> {
            try {
                proposals.decline(proposal.id(), reason.getValue());
                dialog.close();
                refresh();
            } catch (UserMessageException missing) {
                Refusals.mark(reason, missing);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(manager ? proposals.pending() : proposals.mine());
    }
}
