package app.redline.glossary.ui;

import app.redline.glossary.ConceptData;
import app.redline.glossary.GlossaryService;
import app.redline.glossary.TermChange;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** Every recorded change of a concept and its terms: who, when, before and after. */
class TermHistoryDialog extends Dialog {

    final Grid<TermChange> changes = new Grid<>();

    TermHistoryDialog(GlossaryService glossaries, ConceptData concept) {
        setHeaderTitle("History of concept " + concept.id());
        setWidth("min(80em, 96vw)");
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.addColumn(change -> GlossaryView.WHEN.format(change.changedAt())).setHeader("When").setAutoWidth(true);
        changes.addColumn(TermChange::changedBy).setHeader("Who").setAutoWidth(true);
        changes.addColumn(change -> change.termId() == null ? "concept" : "term " + change.termId())
                .setHeader("What").setAutoWidth(true);
        changes.addColumn(TermChange::action).setHeader("Change").setAutoWidth(true);
        changes.addColumn(change -> change.before() == null ? "" : change.before()).setHeader("Before").setFlexGrow(1);
        changes.addColumn(change -> change.after() == null ? "" : change.after()).setHeader("After").setFlexGrow(1);
        changes.setItems(glossaries.conceptHistory(concept.id()));
        add(changes);
        getFooter().add(new Button("Close", click -> close()));
    }
}
