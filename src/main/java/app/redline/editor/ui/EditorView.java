package app.redline.editor.ui;

import app.redline.checks.DismissalService;
import app.redline.checks.DocumentChecks;
import app.redline.document.DocumentHeader;
import app.redline.document.DocumentNotFoundException;
import app.redline.document.DocumentService;
import app.redline.document.SegmentConflictException;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.document.SegmentStatus;
import app.redline.glossary.TermProposalService;
import app.redline.project.ProjectService;
import app.redline.review.ReviewQueueService;
import app.redline.review.ReviewService;
import app.redline.security.CurrentUser;
import app.redline.user.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * The side-by-side editor: the readout (and source) on the left, the clean version on the right. Rows load
 * lazily page by page; one row at a time holds the text field. Ctrl+Enter saves and moves on, leaving the
 * field saves, Esc reverts, Alt+↓ / Alt+↑ move between segments.
 */
@Route("edit")
@PermitAll
class EditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final DocumentService documents;
    private final SegmentService segments;
    private final ProjectService projects;
    private final boolean canEdit;

    final Grid<SegmentSnapshot> grid = new Grid<>();
    SegmentEditor editor;
    final ComboBox<SegmentStatus> statusFilter = new ComboBox<>();
    final TextField find = new TextField();
    final Button history = new Button("History");
    final Button doNotTranslate = new Button();
    final Button proposeTerm = new Button("Propose term");
    final Button qaReport = new Button("QA report");
    final H3 title = new H3();

    private DocumentHeader document;
    private String language = "en-US";
    private SegmentFilter filter = SegmentFilter.ALL;
    private GridLazyDataView<SegmentSnapshot> rows;
    private SegmentSnapshot active;
    private SegmentSnapshot focusedRow;

    private final TermProposalService proposals;
    private LiveChecks liveChecks;
    private KnownIssues knownIssues;
    private final DocumentChecks documentChecks;
    final CheckPanel checkPanel = new CheckPanel((issue, fix) -> liveChecks.applyFix(issue, fix),
            issue -> liveChecks.dismiss(issue));
    final ReviewActions reviewActions;
    private final ReviewService reviews;
    private final DismissalService dismissals;
    private final ReviewQueueService reviewQueue;
    final SubmitMyDrafts submitMyDrafts;
    final SegmentSidePanel sidePanel;
    private final EditorLiveUpdates liveUpdates;
    final QualityAnnotations quality;
    final EditingTime editingTime;
    private final SegmentSaves saves;

    EditorView(DocumentService documents, SegmentService segments, ProjectService projects,
               TermProposalService proposals, DocumentChecks documentChecks,
               DismissalService dismissals, ReviewMoves review, SegmentConversation conversation,
               QualityMeasures measures, DocumentBroadcaster broadcaster) {
        this.dismissals = dismissals;
        this.documentChecks = documentChecks;
        this.proposals = proposals;
        this.documents = documents;
        this.segments = segments;
        this.projects = projects;
        this.canEdit = CurrentUser.hasRole(Role.Names.TRANSLATOR) || CurrentUser.hasRole(Role.Names.REVIEWER);
        this.reviews = review.decisions();
        this.reviewQueue = review.queue();
        this.submitMyDrafts = new SubmitMyDrafts(review.bulk(), () -> document.id(), this::saveActive, () -> {
            deactivate();
            reload();
        });
        submitMyDrafts.button.setVisible(canEdit);
        this.reviewActions = new ReviewActions(reviews, segments, CurrentUser.hasRole(Role.Names.TRANSLATOR),
                CurrentUser.hasRole(Role.Names.REVIEWER), () -> saveActive() ? active : null, this::showSaved);
        this.quality = new QualityAnnotations(measures.annotations(), segments, CurrentUser.hasRole(Role.Names.REVIEWER),
                () -> saveActive() ? active : null, () -> editor);
        this.editingTime = new EditingTime(measures.editingTimes());
        this.saves = new SegmentSaves(segments, new SegmentSaves.Outcome(
                (saved, expectedVersion) -> {
                    editingTime.saved(saved, expectedVersion);
                    showSaved(saved);
                },
                chosen -> {
                    if (editor != null) {
                        editor.setValue(chosen);
                    }
                },
                this::showSaved, () -> language));
        setSizeFull();
        configureGrid();
        sidePanel = new SegmentSidePanel(conversation.comments(), conversation.thread(), reviews, segments);
        liveUpdates = new EditorLiveUpdates(this, broadcaster, segments, sidePanel,
                new EditorLiveUpdates.Hooks(() -> active, this::showSaved));
        var side = new VerticalLayout(reviewActions.note, quality.list, checkPanel, sidePanel);
        side.setPadding(false);
        side.setWidth("24em");
        var body = new HorizontalLayout(grid, side);
        body.setSizeFull();
        body.expand(grid);
        add(EditorHeader.of(title), toolbar(), body);
        expand(body);
    }

    @Override
    public void setParameter(BeforeEvent event, Long documentId) {
        document = documents.header(documentId);
        language = projects.get(document.projectId()).targetLanguage();
        knownIssues = new KnownIssues(documentChecks, document.projectId());
        liveChecks = new LiveChecks(documentChecks, dismissals, checkPanel, document.projectId(), knownIssues::remember,
                canEdit ? this::saveActive : () -> false);
        title.setText(document.archived() ? document.title() + " (archived: read only)" : document.title());
        sidePanel.language(language);
        quality.showReportOf(document.id());
        reload();
        liveUpdates.watch(document.id());
        SegmentLink.openWhenAttached(event, this, this::openLinkedSegment);
    }

    /** From the review queue; a link to another document's or a deleted segment opens the document only. */
    private void openLinkedSegment(long segmentId) {
        try {
            if (segments.get(segmentId).documentId() == document.id()) {
                openSegment(segmentId);
            }
        } catch (DocumentNotFoundException gone) {
            // a stale link
        }
    }

    @Override
    public String getPageTitle() {
        return (document == null ? "Editor" : document.title()) + " | Redline";
    }

    private Component toolbar() {
        FilterFields.configure(statusFilter, find, this::applyFilter);
        history.setEnabled(false);
        history.addClickListener(click -> openHistory());
        doNotTranslate.setEnabled(false);
        doNotTranslate.setVisible(canEdit);
        doNotTranslate.addClickListener(click -> toggleTranslatable());
        doNotTranslate.setText("Do not translate");
        proposeTerm.setEnabled(false);
        proposeTerm.addClickListener(click -> proposeSelectedTerm());
        qaReport.addClickListener(click -> {
            if (saveActive()) {
                new QaReportDialog(documentChecks, dismissals, document.id(), this::openSegment).open();
            }
        });
        var toolbar = new HorizontalLayout(statusFilter, find, history, doNotTranslate, proposeTerm, qaReport,
                reviewActions.submit, reviewActions.approve, reviewActions.reject, submitMyDrafts.button,
                quality.markError, quality.report);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private void configureGrid() {
        grid.addClassName("segment-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(SegmentSnapshot::position).setHeader("#").setWidth("4.5em").setFlexGrow(0);
        grid.addComponentColumn(SegmentCells::readout).setHeader("Readout").setFlexGrow(1);
        grid.addComponentColumn(this::cleanCell).setHeader("Clean version").setKey("clean").setFlexGrow(1);
        grid.addComponentColumn(SegmentCells::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(click -> activate(click.getItem()));
        // Keyboard users move through the grid with the arrow keys and open a segment with Enter.
        grid.addCellFocusListener(focus -> focus.getItem().ifPresent(row -> focusedRow = row));
        Shortcuts.addShortcutListener(grid, () -> {
            if (focusedRow != null && (active == null || active.id() != focusedRow.id())) {
                activate(focusedRow);
            }
        }, Key.ENTER).listenOn(grid);
        Shortcuts.addShortcutListener(this, this::openFirstIfNoneOpen, Key.ARROW_DOWN, KeyModifier.ALT).listenOn(this);
        grid.setEmptyStateText("No segment matches.");
    }

    private SegmentEditor newEditor(String text) {
        return new SegmentEditor(text, canEdit, SegmentService.MAX_TEXT_LENGTH, new SegmentEditor.Keys(
                () -> move(true), () -> {
                    if (reviewActions.done()) {
                        move(true);
                    }
                }, reviewActions::reject, () -> move(true), () -> move(false), this::saveActive, this::revert));
    }

    private void reload() {
        long documentId = document.id();
        SegmentFilter current = filter;
        int size = document.segmentCount();
        // Identity by segment id, so a refreshed snapshot replaces its row.
        var provider = new CallbackDataProvider<SegmentSnapshot, Void>(
                query -> knownIssues.readFor(segments.page(documentId, current, query.getOffset(), query.getLimit())).stream(),
                query -> size,
                SegmentSnapshot::id);
        rows = grid.setItems(provider);
        if (!current.isAll()) {
            // Without a filter the document's own size is exact; with one, the grid grows as it scrolls
            // instead of counting every match up front.
            rows.setItemCountUnknown();
        }
    }

    private void applyFilter() {
        if (!saveActive()) {
            return;
        }
        filter = new SegmentFilter(statusFilter.getValue(), find.getValue());
        deactivate();
        reload();
    }

    void activate(SegmentSnapshot row) {
        if (active != null && active.id() == row.id()) {
            return;
        }
        if (!saveActive()) {
            return;
        }
        SegmentSnapshot previous = active;
        // Open the newest state, not what the grid cached: the user edits what is saved now.
        active = segments.get(row.id());
        if (active.status() == SegmentStatus.SUBMITTED && CurrentUser.hasRole(Role.Names.REVIEWER)) {
            reviewQueue.markSeen(active.id()); // opened here counts as seen for "approve selection" in the queue
        }
        // A fresh field per activation: one component instance must never sit in two grid rows.
        editor = newEditor(active.cleanText());
        editor.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                liveChecks.run();
            }
        });
        if (previous != null) {
            rows.refreshItem(previous);
        }
        rows.refreshItem(active);
        history.setEnabled(true);
        proposeTerm.setEnabled(true);
        doNotTranslate.setEnabled(true);
        doNotTranslate.setText(active.translatable() ? "Do not translate" : "Translate");
        editor.focus();
        follow(active, editor);
    }

    /** Everything beside the grid that shows or measures the open segment follows it (null: none open). */
    private void follow(SegmentSnapshot segment, SegmentEditor field) {
        liveChecks.follow(segment, field);
        reviewActions.follow(segment);
        sidePanel.follow(segment);
        quality.follow(segment);
        editingTime.follow(segment, field);
    }

    /** Shows all segments and opens the given one (from the QA report). */
    private void openSegment(long segmentId) {
        SegmentSnapshot segment = segments.get(segmentId);
        if (!filter.isAll()) {
            statusFilter.clear();
            find.clear();
        }
        grid.scrollToIndex(segments.indexOf(segment, filter));
        activate(segment);
    }

    private void openFirstIfNoneOpen() {
        if (active == null) {
            segments.page(document.id(), filter, 0, 1).stream().findFirst().ifPresent(first -> {
                grid.scrollToIndex(0);
                activate(first);
            });
        }
    }

    private void deactivate() {
        follow(null, null);
        active = null;
        editor = null;
        history.setEnabled(false);
        proposeTerm.setEnabled(false);
        doNotTranslate.setEnabled(false);
    }

    private void move(boolean forward) {
        if (active == null || !saveActive()) {
            return;
        }
        Optional<SegmentSnapshot> target = forward ? segments.next(active, filter) : segments.previous(active, filter);
        target.ifPresent(segment -> {
            grid.scrollToIndex(segments.indexOf(segment, filter));
            activate(segment);
        });
    }

    private void revert() {
        if (active != null && editor != null) {
            editor.setValue(active.cleanText());
            liveChecks.run(); // the marks belong to the text the field held before
        }
    }

    /** Saves the open segment if its text changed; false when the save was refused (a conflict is shown). */
    boolean saveActive() {
        if (saves.conflictOpen()) {
            return false;
        }
        if (active == null || editor == null || !canEdit || editor.getValue().equals(active.cleanText())) {
            return true;
        }
        return saves.save(active.id(), editor.getValue(), active.version());
    }

    private void showSaved(SegmentSnapshot saved) {
        if (active != null && active.id() == saved.id()) {
            active = saved;
            liveChecks.saved(saved);
            reviewActions.follow(saved);
            sidePanel.follow(saved);
            if (editor != null && !editor.getValue().equals(saved.cleanText())) {
                editor.setValue(saved.cleanText());
                liveChecks.run();
            }
        }
        rows.refreshItem(saved);
    }

    private void openHistory() {
        if (active != null && saveActive()) {
            new HistoryDialog(active, segments.history(active.id()), reviews.history(active.id()), language).open();
        }
    }

    /** Proposes the phrase selected in the open segment's clean version (or lets the user type one). */
    private void proposeSelectedTerm() {
        if (active == null || editor == null) {
            return;
        }
        long segmentId = active.id();
        editor.readSelection(selection ->
                new ProposeTermDialog(proposals, document.projectId(), segmentId, selection.selected()).open());
    }

    private void toggleTranslatable() {
        if (active == null || !saveActive()) {
            return;
        }
        try {
            showSaved(segments.markTranslatable(active.id(), !active.translatable(), active.version()));
            doNotTranslate.setText(active.translatable() ? "Do not translate" : "Translate");
            liveChecks.follow(active, editor);
        } catch (SegmentConflictException conflict) {
            Notification.show(conflict.getMessage(), 6000, Notification.Position.MIDDLE);
            showSaved(conflict.current());
        }
    }

    private Component cleanCell(SegmentSnapshot row) {
        if (active != null && editor != null && active.id() == row.id()) {
            return editor;
        }
        return SegmentCells.clean(row, knownIssues.of(row));
    }
}
