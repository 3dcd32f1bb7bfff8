package app.redline.api;

import app.redline.base.UserMessageException;
import app.redline.quality.Annotation;
import app.redline.quality.AnnotationService;
import app.redline.quality.DocumentQuality;
import app.redline.quality.ErrorCategory;
import app.redline.quality.ErrorCounts;
import app.redline.quality.ErrorSeverity;
import app.redline.quality.QualityScore;
import app.redline.quality.QualityService;
import app.redline.quality.QualityWeights;
import app.redline.quality.SegmentEffort;
import app.redline.quality.TranslatorQuality;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Quality scores, post-editing effort and MQM error annotations; reviewers annotate, everyone signed in reads. */
@RestController
@RequestMapping("/api/v1")
class QualityController {

    private final QualityService quality;
    private final AnnotationService annotations;

    QualityController(QualityService quality, AnnotationService annotations) {
        this.quality = quality;
        this.annotations = annotations;
    }

    record NewAnnotation(@NotNull Integer revisionNo, @NotNull Integer start, @NotNull Integer end,
                         @NotNull String category, @NotNull String severity, String note) {}

    record Withdrawal(String reason) {}

    record Settings(@NotNull Integer minor, @NotNull Integer major, @NotNull Integer critical, @NotNull BigDecimal threshold) {
        static Settings of(QualityWeights weights) {
            return new Settings(weights.minor(), weights.major(), weights.critical(), weights.threshold());
        }
    }

    record AnnotationItem(long id, long segmentId, int revisionNo, String revisionAuthor, int start, int end,
                          String markedText, String category, String severity, String note, String annotatedBy,
                          Instant createdAt, boolean active, String withdrawnBy, String withdrawalReason, Instant withdrawnAt) {
        static AnnotationItem of(Annotation a) {
            var w = a.withdrawal();
            return new AnnotationItem(a.id(), a.segmentId(), a.revisionNo(), a.revisionAuthor(), a.start(), a.end(),
                    a.markedText(), a.category().name(), a.severity().name(), a.note(), a.annotatedBy(), a.createdAt(),
                    a.active(), w == null ? null : w.withdrawnBy(), w == null ? null : w.reason(),
                    w == null ? null : w.withdrawnAt());
        }
    }

    record ScoreItem(long penaltyPoints, long evaluatedWords, Double perThousandWords, BigDecimal threshold,
                     String verdict, Boolean pass) {
        static ScoreItem of(QualityScore score) {
            String verdict = score.verdict().name();
            return new ScoreItem(score.penaltyPoints(), score.evaluatedWords(), score.perThousandWords(), score.threshold(),
                    verdict, verdict.equals("NOT_EVALUATED") ? null : verdict.equals("PASS"));
        }
    }

    record EffortItem(int editedSegments, long edits, long referenceTokens, Double editRate, long activeMillis) {}

    record QualityItem(long documentId, String title, Map<String, Integer> weights, int evaluatedSegments,
                       ScoreItem score, Map<String, Map<String, Integer>> counts, EffortItem effort) {
        static QualityItem of(DocumentQuality report) {
            var w = report.weights();
            return new QualityItem(report.documentId(), report.title(),
                    Map.of("MINOR", w.minor(), "MAJOR", w.major(), "CRITICAL", w.critical()),
                    report.evaluatedSegments(), ScoreItem.of(report.score()), table(report.counts()),
                    new EffortItem(report.effort().editedSegments(), report.effort().edits(),
                            report.effort().referenceTokens(), report.effort().editRate(), report.effort().activeMillis()));
        }
    }

    record SegmentEffortItem(long segmentId, int position, int edits, int referenceTokens, Double editRate, long activeMillis) {
        static SegmentEffortItem of(SegmentEffort e) {
            return new SegmentEffortItem(e.segmentId(), e.position(), e.edits(), e.referenceTokens(), e.editRate(),
                    e.activeMillis());
        }
    }

    record TranslatorItem(String translator, long projectId, String projectName, int documents, int evaluatedSegments,
                          ScoreItem score, Map<String, Map<String, Integer>> counts, long activeMillis) {
        static TranslatorItem of(TranslatorQuality row) {
            return new TranslatorItem(row.translator(), row.projectId(), row.projectName(), row.documents(),
                    row.evaluatedSegments(), ScoreItem.of(row.score()), table(row.counts()), row.activeMillis());
        }
    }

    @Operation(summary = "The document's quality: MQM score per 1,000 evaluated words against the project threshold, "
            + "errors by category and severity, TER-style edit rate and active editing time")
    @GetMapping("/documents/{documentId}/quality")
    QualityItem documentQuality(@PathVariable long documentId) {
        return QualityItem.of(quality.documentReport(documentId));
    }

    @Operation(summary = "Post-editing effort of each edited segment: word edits from the readout, edit rate, editing time")
    @GetMapping("/documents/{documentId}/quality/segments")
    List<SegmentEffortItem> segmentEffort(@PathVariable long documentId) {
        return quality.documentReport(documentId).segments().stream().map(SegmentEffortItem::of).toList();
    }

    @Operation(summary = "Quality per translator (the author of each evaluated revision) and project; translators see their own")
    @GetMapping("/quality/translators")
    List<TranslatorItem> translators(@RequestParam(required = false) Long projectId) {
        return quality.translatorReport(projectId).stream().map(TranslatorItem::of).toList();
    }

    @Operation(summary = "The segment's error annotations, newest first, withdrawn ones included")
    @GetMapping("/segments/{segmentId}/annotations")
    List<AnnotationItem> list(@PathVariable long segmentId) {
        return annotations.forSegment(segmentId).stream().map(AnnotationItem::of).toList();
    }

    @Operation(summary = "Mark an error (reviewers): a span of revision revisionNo's clean text, UTF-16 offsets, end exclusive")
    @PostMapping("/segments/{segmentId}/annotations")
    @ResponseStatus(HttpStatus.CREATED)
    AnnotationItem annotate(@PathVariable long segmentId, @Valid @RequestBody NewAnnotation request) {
        return AnnotationItem.of(annotations.annotate(segmentId, request.revisionNo(), request.start(), request.end(),
                parse(ErrorCategory.class, request.category()), parse(ErrorSeverity.class, request.severity()),
                request.note()));
    }

    @Operation(summary = "Withdraw an annotation (reviewers); it stays in the history as withdrawn")
    @PostMapping("/segments/{segmentId}/annotations/{annotationId}/withdraw")
    AnnotationItem withdraw(@PathVariable long segmentId, @PathVariable long annotationId,
                            @RequestBody(required = false) Withdrawal withdrawal) {
        return AnnotationItem.of(annotations.withdraw(segmentId, annotationId, withdrawal == null ? null : withdrawal.reason()));
    }

    @Operation(summary = "The project's severity weights and pass threshold (penalty points per 1,000 words)")
    @GetMapping("/projects/{projectId}/quality-settings")
    Settings settings(@PathVariable long projectId) {
        return Settings.of(quality.weights(projectId));
    }

    @Operation(summary = "New weights and threshold (administrators); every change is kept, with who made it")
    @PutMapping("/projects/{projectId}/quality-settings")
    Settings saveSettings(@PathVariable long projectId, @Valid @RequestBody Settings settings) {
        return Settings.of(quality.saveWeights(projectId,
                new QualityWeights(settings.minor(), settings.major(), settings.critical(), settings.threshold())));
    }

    private static Map<String, Map<String, Integer>> table(ErrorCounts counts) {
        var table = new LinkedHashMap<String, Map<String, Integer>>();
        counts.asMap().forEach((category, row) -> {
            var bySeverity = new LinkedHashMap<String, Integer>();
            row.forEach((severity, count) -> bySeverity.put(severity.name(), count));
            table.put(category.name(), bySeverity);
        });
        return table;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw UserMessageException.invalid("'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }
}
