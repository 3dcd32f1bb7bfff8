package app.redline.quality.ui;

import app.redline.quality.Annotation;
import app.redline.quality.DocumentQuality;
import app.redline.quality.ErrorCategory;
import app.redline.quality.ErrorSeverity;
import app.redline.quality.QualityService;
import app.redline.quality.QualityWeights;
import app.redline.quality.SegmentEffort;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;

/**
 * A document's quality: the MQM score against the project's threshold, errors by category × severity, post-editing
 * effort (TER-style edit rate, editing time) and the counted errors, each a click away from its segment.
 */
@Route("quality")
@PermitAll
class DocumentQualityView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final QualityService quality;
    final H2 title = new H2();
    final Span verdict = new Span();
    final Paragraph score = new Paragraph();
    final Paragraph effort = new Paragraph();
    final Grid<ErrorCategory> counts = new Grid<>();
    final Grid<Annotation> errors = new Grid<>();
    final Grid<SegmentEffort> segments = new Grid<>();
    private DocumentQuality report;

    DocumentQualityView(QualityService quality) {
        this.quality = quality;
        setSizeFull();
        verdict.addClassName("quality-verdict");
        errors.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        errors.setEmptyStateText("No errors marked on evaluated revisions.");
        segments.addThemeVariants(GridVariant.LUMO_COMPACT);
        segments.setEmptyStateText("No segment edited yet.");
        counts.addThemeVariants(GridVariant.LUMO_COMPACT);
        counts.setAllRowsVisible(true);
        add(new Anchor("review/documents", "← Sign-off"), title, verdict, score, counts, effort,
                new H3("Errors counted"), errors, new H3("Post-editing effort per segment"), segments);
    }

    @Override
    public void setParameter(BeforeEvent event, Long documentId) {
        report = quality.documentReport(documentId);
        title.setText("Quality: " + report.title());
        var result = report.score();
        verdict.setText(result.verdict().label());
        verdict.getElement().setAttribute("data-verdict", result.verdict().name());
        QualityWeights weights = report.weights();
        score.setText(QualityFormats.perThousand(result.perThousandWords()) + " penalty points per 1,000 words (pass at "
                + result.threshold().stripTrailingZeros().toPlainString() + " or less): " + result.penaltyPoints()
                + " points over " + result.evaluatedWords() + " evaluated words in " + report.evaluatedSegments()
                + " segments. Weights: minor " + weights.minor() + ", major " + weights.major() + ", critical "
                + weights.critical() + ".");
        var spent = report.effort();
        effort.setText("Post-editing: " + spent.edits() + " word edits over " + spent.referenceTokens() + " tokens in "
                + spent.editedSegments() + " edited segments, edit rate (TER-style) " + QualityFormats.percent(spent.editRate())
                + "; active editing time " + QualityFormats.duration(spent.activeMillis()) + ".");
        configureCounts();
        configureErrors(documentId);
        configureSegments(documentId);
    }

    @Override
    public String getPageTitle() {
        return (report == null ? "Quality" : "Quality: " + report.title()) + " | Redline";
    }

    private void configureCounts() {
        counts.removeAllColumns();
        counts.addColumn(ErrorCategory::label).setHeader("Category").setFlexGrow(2);
        for (ErrorSeverity severity : ErrorSeverity.values()) {
            counts.addColumn(category -> report.counts().count(category, severity))
                    .setHeader(severity.label() + " (" + report.weights().weight(severity) + ")")
                    .setFooter(String.valueOf(report.counts().total(severity))).setKey(severity.name());
        }
        counts.addColumn(category -> report.counts().total(category)).setHeader("Total")
                .setFooter(String.valueOf(report.counts().total())).setKey("total");
        counts.setItems(Arrays.asList(ErrorCategory.values()));
    }

    private void configureErrors(long documentId) {
        errors.removeAllColumns();
        errors.addComponentColumn(error -> link(documentId, error.segmentId(), String.valueOf(error.segmentPosition())))
                .setHeader("#").setKey("segment").setWidth("5em").setFlexGrow(0);
        errors.addColumn(error -> error.severity().label()).setHeader("Severity").setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(error -> error.category().label()).setHeader("Category").setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(error -> error.markedText().isEmpty() ? "(a position)" : error.markedText())
                .setHeader("Marked").setFlexGrow(2);
        errors.addColumn(error -> error.note() == null ? "" : error.note()).setHeader("Note").setFlexGrow(2);
        errors.addColumn(error -> error.revisionAuthor() + " (rev. " + error.revisionNo() + ")").setHeader("Translation by")
                .setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(Annotation::annotatedBy).setHeader("Marked by").setAutoWidth(true).setFlexGrow(0);
        errors.setItems(report.countedAnnotations());
    }

    private void configureSegments(long documentId) {
        segments.removeAllColumns();
        segments.addComponentColumn(segment -> link(documentId, segment.segmentId(), String.valueOf(segment.position())))
                .setHeader("#").setWidth("5em").setFlexGrow(0);
        segments.addColumn(SegmentEffort::edits).setHeader("Word edits");
        segments.addColumn(SegmentEffort::referenceTokens).setHeader("Tokens");
        segments.addColumn(segment -> QualityFormats.percent(segment.editRate())).setHeader("Edit rate");
        segments.addColumn(segment -> QualityFormats.duration(segment.activeMillis())).setHeader("Editing time");
        segments.setItems(report.segments());
    }

    private static Anchor link(long documentId, long segmentId, String text) {
        return new Anchor("edit/" + documentId + "?segment=" + segmentId, text);
    }
}
