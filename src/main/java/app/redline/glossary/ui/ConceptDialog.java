package app.redline.glossary.ui;

import app.redline.glossary.ConceptData;
import app.redline.glossary.ConceptRejectedException;
import app.redline.glossary.GlossaryConflictException;
import app.redline.glossary.GlossaryService;
import app.redline.glossary.TermData;
import app.redline.glossary.TermStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Creates or edits a concept and its terms; read-only for those who may not change the glossary. */
class ConceptDialog extends Dialog {

    private final GlossaryService glossaries;
    private final ConceptData concept;
    private final boolean editable;
    private final Runnable onChanged;
    private final UnaryOperator<ConceptData> saver;

    final ComboBox<String> subject = new ComboBox<>("Subject field");
    final TextArea definition = new TextArea("Definition");
    final TextArea note = new TextArea("Note");
    final VerticalLayout termRows = new VerticalLayout();
    final List<TermRow> terms = new ArrayList<>();
    final UnorderedList problems = new UnorderedList();
    final Button save = new Button("Save");
    final Button addTerm = new Button("Add term");

    ConceptDialog(GlossaryService glossaries, ConceptData concept, boolean editable, Runnable onChanged) {
        this(glossaries, concept, editable, onChanged, glossaries::save);
    }

    /** @param saver what "Save" does with the concept (accepting a proposal saves through the proposal) */
    ConceptDialog(GlossaryService glossaries, ConceptData concept, boolean editable, Runnable onChanged,
                  UnaryOperator<ConceptData> saver) {
        this.saver = saver;
        this.glossaries = glossaries;
        this.concept = concept;
        this.editable = editable;
        this.onChanged = onChanged;
        setHeaderTitle(concept.id() == null ? "New concept" : "Concept " + concept.id());
        setWidth("min(80em, 96vw)");

        subject.setItems(glossaries.subjectFields(concept.glossaryId()));
        subject.setAllowCustomValue(true);
        subject.addCustomValueSetListener(custom -> subject.setValue(custom.getDetail()));
        subject.setValue(concept.subjectField());
        definition.setValue(concept.definition() == null ? "" : concept.definition());
        note.setValue(concept.note() == null ? "" : concept.note());
        for (var field : List.of(definition, note)) {
            field.setReadOnly(!editable);
        }
        subject.setReadOnly(!editable);

        termRows.setPadding(false);
        List<TermData> initial = concept.terms().isEmpty()
                ? List.of(TermData.of("zh-CN", "", TermStatus.PREFERRED), TermData.of("en-US", "", TermStatus.PREFERRED))
                : concept.terms();
        initial.forEach(this::addRow);
        addTerm.addClickListener(click -> addRow(TermData.of("en-US", "", TermStatus.FORBIDDEN)));
        addTerm.setVisible(editable);
        problems.addClassName("concept-problems");
        problems.getStyle().set("color", "var(--vaadin-error-color, #c00)");

        add(new Div(problems), new FormLayout(subject, definition, note), new H4("Terms"), termRows, addTerm);
        footer();
    }

    private void footer() {
        if (editable && concept.id() != null) {
            var delete = new Button("Delete", click -> {
                glossaries.delete(concept.id(), concept.version());
                close();
                onChanged.run();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(delete);
        }
        if (concept.id() != null) {
            getFooter().add(new Button("History", click -> new TermHistoryDialog(glossaries, concept).open()));
        }
        getFooter().add(new Button(editable ? "Cancel" : "Close", click -> close()));
        if (editable) {
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> save());
            getFooter().add(save);
        }
    }

    private void addRow(TermData term) {
        TermRow[] row = new TermRow[1];
        row[0] = new TermRow(term, editable, () -> {
            terms.remove(row[0]);
            termRows.remove(row[0]);
        });
        terms.add(row[0]);
        termRows.add(row[0]);
    }

    void save() {
        problems.removeAll();
        var data = new ConceptData(concept.id(), concept.glossaryId(), subject.getValue(), definition.getValue(),
                note.getValue(), terms.stream().map(TermRow::value).toList(), null, null, concept.version());
        try {
            saver.apply(data);
            close();
            onChanged.run();
        } catch (ConceptRejectedException rejected) {
            rejected.problems().forEach(problem -> problems.add(new ListItem(problem)));
        } catch (GlossaryConflictException conflict) {
            problems.add(new ListItem(conflict.getMessage()));
        }
    }
}
