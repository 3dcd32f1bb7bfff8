package app.redline.glossary.ui;

import app.redline.glossary.ConceptData;
import app.redline.glossary.ConceptRejectedException;
import app.redline.glossary.GlossaryConflictException;
import app.redline.glossary.GlossaryImportService;
import app.redline.glossary.ImportPreview;
import app.redline.glossary.ImportPreview.Item;
import app.redline.glossary.ImportPreview.Kind;
import app.redline.glossary.ImportPreview.Resolution;
import app.redline.glossary.ImportSummary;
import app.redline.glossary.TermData;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** What the import would do, with a choice per conflict; nothing is written until "Import". */
class ImportPreviewDialog extends Dialog {

    final Map<Integer, Resolution> choices = new HashMap<>();
    final Grid<Item> conflicts = new Grid<>();
    final UnorderedList problems = new UnorderedList();
    final Button apply = new Button("Import");

    ImportPreviewDialog(GlossaryImportService importer, ImportPreview preview, String fileName, Runnable onImported) {
        setHeaderTitle("Import " + fileName);
        setWidth("min(80em, 96vw)");
        add(new Paragraph(preview.count(Kind.NEW) + " new concepts, " + preview.count(Kind.UNCHANGED)
                + " already in the glossary unchanged, " + preview.count(Kind.CONFLICT) + " differing from an existing concept."));
        problems.getStyle().set("color", "var(--vaadin-error-color, #c00)");
        add(problems);
        if (!preview.conflicts().isEmpty()) {
            conflicts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            conflicts.addColumn(item -> terms(item.existing())).setHeader("Existing concept").setFlexGrow(2);
            conflicts.addColumn(item -> String.join("; ", item.differences())).setHeader("The file…").setFlexGrow(3);
            conflicts.addComponentColumn(this::choice).setHeader("Resolution").setAutoWidth(true);
            conflicts.setItems(preview.conflicts());
            conflicts.setAllRowsVisible(preview.conflicts().size() <= 8);
            var all = new HorizontalLayout(new Paragraph("Set all:"));
            for (Resolution resolution : Resolution.values()) {
                all.add(new Button(label(resolution), click -> {
                    preview.conflicts().forEach(item -> choices.put(item.index(), resolution));
                    conflicts.getDataProvider().refreshAll();
                }));
            }
            add(all, conflicts);
        }
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(click -> {
            problems.removeAll();
            try {
                ImportSummary summary = importer.apply(preview, choices);
                close();
                Notification.show("Imported " + fileName + ": " + summary.describe(), 8000, Notification.Position.BOTTOM_START);
                onImported.run();
            } catch (ConceptRejectedException rejected) {
                rejected.problems().forEach(problem -> problems.add(new ListItem(problem)));
            } catch (GlossaryConflictException changed) {
                problems.add(new ListItem(changed.getMessage()));
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), apply);
    }

    private Select<Resolution> choice(Item item) {
        var select = new Select<Resolution>();
        select.setItems(Resolution.values());
        select.setItemLabelGenerator(ImportPreviewDialog::label);
        select.setValue(choices.getOrDefault(item.index(), Resolution.KEEP));
        select.addValueChangeListener(change -> choices.put(item.index(), change.getValue()));
        return select;
    }

    private static String label(Resolution resolution) {
        return switch (resolution) {
            case KEEP -> "Keep existing";
            case REPLACE -> "Replace with file";
            case MERGE -> "Merge (add new terms)";
        };
    }

    private static String terms(ConceptData concept) {
        return concept.terms().stream().map(TermData::text).collect(Collectors.joining(", "));
    }
}
