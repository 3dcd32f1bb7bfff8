package app.redline.editor.ui;

import app.redline.base.ui.UnexpectedErrors;
import app.redline.checks.Dismissal;
import app.redline.checks.DismissalService;
import app.redline.checks.DocumentChecks;
import app.redline.checks.DocumentReport;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/** The document's QA report: counts by check and severity, and every issue, each a click from its segment. */
class QaReportDialog extends Dialog {

    final ProgressBar progress = new ProgressBar();
    final Span status = new Span("Checking the document…");
    final Paragraph counts = new Paragraph();
    final Grid<DocumentReport.Finding> findings = new Grid<>();
    final Grid<Dismissal> dismissed = new Grid<>();
    private final DocumentChecks checks;
    private final long documentId;

    QaReportDialog(DocumentChecks checks, DismissalService dismissals, long documentId, LongConsumer openSegment) {
        this.checks = checks;
        this.documentId = documentId;
        setHeaderTitle("QA report");
        setWidth("min(70em, 96vw)");
        setHeight("80vh");
        findings.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        findings.addColumn(DocumentReport.Finding::position).setHeader("#").setWidth("4.5em").setFlexGrow(0);
        findings.addColumn(finding -> finding.issue().severity().name().toLowerCase(Locale.ROOT)).setHeader("Severity")
                .setAutoWidth(true).setFlexGrow(0);
        findings.addColumn(finding -> finding.issue().checkId()).setHeader("Check").setAutoWidth(true).setFlexGrow(0);
        findings.addColumn(finding -> finding.issue().message()).setHeader("Issue").setFlexGrow(1);
        findings.addItemClickListener(click -> {
            close();
            openSegment.accept(click.getItem().segmentId());
        });
        findings.setVisible(false);
        dismissed.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        dismissed.addColumn(Dismissal::spanText).setHeader("Text").setAutoWidth(true);
        dismissed.addColumn(Dismissal::message).setHeader("Dismissed finding").setFlexGrow(1);
        dismissed.addColumn(Dismissal::reason).setHeader("Reason").setFlexGrow(1);
        dismissed.addColumn(dismissal -> dismissal.dismissedBy()).setHeader("By").setAutoWidth(true);
        List<Dismissal> all = dismissals.forDocument(documentId);
        dismissed.setItems(all);
        dismissed.setAllRowsVisible(true);
        dismissed.setVisible(!all.isEmpty());
        add(status, progress, counts, findings, new H4("Dismissed as false positives (" + all.size() + ")"), dismissed);
        getFooter().add(new Button("Close", click -> close()));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        var ui = attachEvent.getUI();
        var context = SecurityContextHolder.getContext();
        Thread.ofVirtual().name("qa-report-" + documentId).start(new DelegatingSecurityContextRunnable(() -> {
            try {
                DocumentReport report = checks.report(documentId, (step, done, total) -> ui.access(() -> {
                    progress.setValue(total == 0 ? 1 : (double) done / total);
                    status.setText(step + ": " + done + " of " + total);
                }));
                ui.access(() -> show(report));
            } catch (RuntimeException failure) {
                String sentence = UnexpectedErrors.sentenceFor("the QA report of document " + documentId, failure);
                ui.access(() -> status.setText("The report could not be made. " + sentence));
            }
        }, context));
    }

    private void show(DocumentReport report) {
        progress.setVisible(false);
        status.setText(report.findings().isEmpty() ? "No issues in this document." : report.findings().size() + " issues.");
        counts.setText(report.counts().entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue().entrySet().stream()
                        .map(count -> count.getValue() + " " + count.getKey().name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining(" · ")));
        findings.setItems(report.findings());
        findings.setVisible(true);
    }
}
