package app.redline.glossary.ui;

import app.redline.glossary.ConceptData;
import app.redline.glossary.ConceptFilter;
import app.redline.glossary.GlossaryImportService;
import app.redline.glossary.GlossaryInfo;
import app.redline.glossary.GlossaryService;
import app.redline.glossary.TermData;
import app.redline.glossary.TermStatus;
import app.redline.project.ProjectService;
import app.redline.security.CurrentUser;
import app.redline.user.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** The term base: every signed-in user searches it; glossary managers and administrators change it. */
@Route("glossary")
@PageTitle("Glossary | Redline")
@Menu(order = 2, title = "Glossary")
@PermitAll
class GlossaryView extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    static final List<String> LANGUAGES = List.of("zh", "en", "de", "fr", "es", "ja");

    private final GlossaryService glossaries;
    private final boolean canChange;

    final Select<GlossaryInfo> glossary = new Select<>();
    final TextField search = new TextField();
    final Select<String> searchMode = new Select<>();
    final ComboBox<String> language = new ComboBox<>();
    final ComboBox<TermStatus> status = new ComboBox<>();
    final ComboBox<String> subject = new ComboBox<>();
    final DatePicker changedSince = new DatePicker();
    final Grid<ConceptData> grid = new Grid<>();
    final Button newConcept = new Button("New concept");
    final GlossaryTransfer transfer;
    private GridLazyDataView<ConceptData> rows;

    GlossaryView(GlossaryService glossaries, ProjectService projects, GlossaryImportService importer) {
        this.glossaries = glossaries;
        this.canChange = CurrentUser.hasRole(Role.Names.GLOSSARY_MANAGER) || CurrentUser.hasRole(Role.Names.ADMIN);
        this.transfer = new GlossaryTransfer(importer, canChange, this::reload);
        setSizeFull();

        glossary.setLabel("Glossary");
        glossary.setItemLabelGenerator(info -> info.global() ? info.name() + " (all projects)" : info.name());
        glossary.setItems(glossaries.glossaries());
        glossary.addValueChangeListener(change -> {
            subject.setItems(change.getValue() == null ? List.of() : glossaries.subjectFields(change.getValue().id()));
            transfer.setGlossary(change.getValue());
            reload();
        });

        configureFilters();
        configureGrid();
        newConcept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newConcept.setVisible(canChange);
        newConcept.addClickListener(click -> open(ConceptData.draft(glossary.getValue().id(), null, List.of())));

        var top = new HorizontalLayout(glossary, newConcept, transfer);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (canChange) {
            top.add(new ProjectGlossaryButton(glossaries, projects, created -> {
                glossary.setItems(glossaries.glossaries());
                glossary.setValue(created);
            }));
        }
        var filters = new HorizontalLayout(search, searchMode, language, status, subject, changedSince);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2("Glossary"), top, filters, grid);
        expand(grid);
        glossary.setValue(glossaries.global());
    }

    private void configureFilters() {
        search.setPlaceholder("Search terms");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        searchMode.setItems("Starts with", "Contains");
        searchMode.setValue("Starts with");
        language.setPlaceholder("Any language");
        language.setItems(LANGUAGES);
        status.setPlaceholder("Any status");
        status.setItems(TermStatus.values());
        status.setItemLabelGenerator(TermStatus::label);
        subject.setPlaceholder("Any subject");
        changedSince.setPlaceholder("Changed since");
        for (var field : List.of(language, status, subject)) {
            field.setClearButtonVisible(true);
        }
        changedSince.setClearButtonVisible(true);
        search.addValueChangeListener(change -> reload());
        searchMode.addValueChangeListener(change -> reload());
        language.addValueChangeListener(change -> reload());
        status.addValueChangeListener(change -> reload());
        subject.addValueChangeListener(change -> reload());
        changedSince.addValueChangeListener(change -> reload());
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(concept -> terms(concept, "zh", null)).setHeader("Source").setFlexGrow(1);
        grid.addComponentColumn(GlossaryView::approved).setHeader("Approved").setFlexGrow(2);
        grid.addColumn(concept -> concept.terms().stream().filter(term -> !term.status().approved())
                .map(TermData::text).collect(Collectors.joining(", "))).setHeader("Do not use").setFlexGrow(2);
        grid.addColumn(ConceptData::subjectField).setHeader("Subject").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(concept -> concept.updatedBy() + ", " + WHEN.format(concept.updatedAt()))
                .setHeader("Changed").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(click -> open(glossaries.concept(click.getItem().id())));
        grid.setEmptyStateText("No concept matches.");
    }

    void reload() {
        GlossaryInfo selected = glossary.getValue();
        if (selected == null) {
            return;
        }
        ConceptFilter filter = new ConceptFilter(search.getValue(), "Contains".equals(searchMode.getValue()),
                language.getValue(), status.getValue(), subject.getValue(),
                changedSince.getValue() == null ? null
                        : changedSince.getValue().atStartOfDay(ZoneId.systemDefault()).toInstant());
        rows = grid.setItems(new CallbackDataProvider<ConceptData, Void>(
                query -> glossaries.concepts(selected.id(), filter, query.getOffset(), query.getLimit()).stream(),
                query -> 0, ConceptData::id));
        // A count would cost as much as the search itself; the grid grows as it scrolls instead.
        rows.setItemCountUnknown();
    }

    private void open(ConceptData concept) {
        new ConceptDialog(glossaries, concept, canChange, this::reload).open();
    }

    private static String terms(ConceptData concept, String language, TermStatus status) {
        return concept.termsIn(language).stream().filter(term -> status == null || term.status() == status)
                .map(TermData::text).collect(Collectors.joining(", "));
    }

    private static Component approved(ConceptData concept) {
        var cell = new Span(concept.terms().stream()
                .filter(term -> term.status().approved() && !term.language().startsWith("zh"))
                .map(term -> term.text() + (term.status() == TermStatus.PREFERRED ? "" : " (admitted)"))
                .collect(Collectors.joining(", ")));
        return cell;
    }
}
