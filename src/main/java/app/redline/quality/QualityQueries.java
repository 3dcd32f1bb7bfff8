package app.redline.quality;

import app.redline.document.DocumentHeader;
import app.redline.document.DocumentService;
import app.redline.document.RevisionKey;
import app.redline.document.RevisionSnapshot;
import app.redline.document.SegmentLookup;
import app.redline.document.SegmentOutline;
import app.redline.document.SegmentSnapshot;
import app.redline.document.SegmentStatus;
import app.redline.review.ReviewService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The quality reports' reads, a few set-based queries each, never one per segment: this module's annotations,
 * measures and editing time; segments and revisions from the document module; approvals from the review module.
 * The evaluated revision of a segment (see {@link DocumentQuality} for the rule) is said once, in {@link #evaluated}.
 */
@Component
class QualityQueries {

    /**
     * A translatable segment of the document with what the report needs of it: the measures of its current and its
     * evaluated revision where they were measured before, else (null measures) the texts to measure them from.
     */
    record SegmentRow(long id, int position, boolean edited, int currentRevision, RevisionMeasures.Measure current,
                      Integer evaluatedRevision, RevisionMeasures.Measure evaluated, String readout, String cleanText,
                      String evaluatedText, long activeMillis) {}

    /** An evaluated revision: whose it is and its word count, or (words null) the texts to measure it from. */
    record EvaluatedRow(long projectId, String author, long documentId, long segmentId, int revisionNo, Integer words,
                        String readout, String text) {}

    /** Counted errors of one author in one project by category and severity. */
    record CountRow(long projectId, String author, ErrorCategory category, ErrorSeverity severity, int count) {}

    record TimeRow(long projectId, String editor, long activeMillis) {}

    private final QualityRecords records;
    private final Annotations annotations;
    private final SegmentLookup segments;
    private final DocumentService documents;
    private final ReviewService review;

    QualityQueries(QualityRecords records, Annotations annotations, SegmentLookup segments, DocumentService documents,
                   ReviewService review) {
        this.records = records;
        this.annotations = annotations;
        this.segments = segments;
        this.documents = documents;
        this.review = review;
    }

    /** Texts are read only for revisions not measured yet: a document measured before costs numbers only. */
    List<SegmentRow> documentSegments(long documentId) {
        List<SegmentOutline> outline = segments.outline(documentId).stream().filter(SegmentOutline::translatable).toList();
        Map<Long, Integer> evaluated = evaluated(List.of(documentId));
        List<Long> ids = outline.stream().map(SegmentOutline::id).toList();
        Map<RevisionKey, RevisionMeasures.Measure> measures = records.measures(ids);
        Map<Long, Long> spent = records.activeMillisBySegment(documentId);
        Set<Long> needTexts = new HashSet<>();
        Set<RevisionKey> needEvaluated = new HashSet<>();
        for (SegmentOutline segment : outline) {
            Integer evaluatedNo = evaluated.get(segment.id());
            boolean evaluatedUnmeasured = evaluatedNo != null && !measures.containsKey(new RevisionKey(segment.id(), evaluatedNo));
            if (!measures.containsKey(current(segment)) || evaluatedUnmeasured) {
                needTexts.add(segment.id());
            }
            if (evaluatedUnmeasured) {
                needEvaluated.add(new RevisionKey(segment.id(), evaluatedNo));
            }
        }
        Map<Long, SegmentSnapshot> texts = segments.byIds(needTexts);
        Map<RevisionKey, RevisionSnapshot> evaluatedTexts = segments.revisions(needEvaluated);
        List<SegmentRow> rows = new ArrayList<>();
        for (SegmentOutline segment : outline) {
            Integer evaluatedNo = evaluated.get(segment.id());
            RevisionKey evaluatedKey = evaluatedNo == null ? null : new RevisionKey(segment.id(), evaluatedNo);
            RevisionMeasures.Measure current = measures.get(current(segment));
            SegmentSnapshot text = texts.get(segment.id());
            RevisionSnapshot evaluatedText = evaluatedKey == null ? null : evaluatedTexts.get(evaluatedKey);
            rows.add(new SegmentRow(segment.id(), segment.position(), segment.status() != SegmentStatus.NEW,
                    segment.latestRevisionNo(), current, evaluatedNo, evaluatedKey == null ? null : measures.get(evaluatedKey),
                    text == null ? null : text.readout(), current == null && text != null ? text.cleanText() : null,
                    evaluatedText == null ? null : evaluatedText.text(), spent.getOrDefault(segment.id(), 0L)));
        }
        return rows;
    }

    /** Active annotations on the evaluated revisions of the document's translatable segments, in reading order. */
    List<Annotation> countedAnnotations(long documentId) {
        return annotations.placed(counted(List.of(documentId))).stream()
                .sorted(Comparator.comparingInt(Annotation::segmentPosition).thenComparingInt(Annotation::start)
                        .thenComparingLong(Annotation::id))
                .toList();
    }

    /** Every evaluated revision in scope (all projects when {@code projectId} is null). */
    List<EvaluatedRow> evaluatedRevisions(Long projectId) {
        Map<Long, Long> projectOf = projectOfDocuments(projectId);
        Map<Long, Integer> evaluated = evaluated(projectOf.keySet());
        Map<Long, SegmentOutline> outlines = translatable(evaluated.keySet());
        Set<RevisionKey> keys = outlines.keySet().stream().map(id -> new RevisionKey(id, evaluated.get(id)))
                .collect(Collectors.toSet());
        Map<RevisionKey, String> authors = segments.revisionAuthors(keys);
        Map<RevisionKey, RevisionMeasures.Measure> measures = records.measures(outlines.keySet());
        Set<RevisionKey> unmeasured = keys.stream().filter(key -> !measures.containsKey(key)).collect(Collectors.toSet());
        Map<RevisionKey, RevisionSnapshot> texts = segments.revisions(unmeasured);
        Map<Long, SegmentSnapshot> readouts = segments.byIds(unmeasured.stream().map(RevisionKey::segmentId).toList());
        List<EvaluatedRow> rows = new ArrayList<>();
        for (RevisionKey key : keys) {
            SegmentOutline segment = outlines.get(key.segmentId());
            String author = authors.get(key);
            if (author == null) {
                continue; // no such revision: nothing to evaluate
            }
            RevisionMeasures.Measure measure = measures.get(key);
            rows.add(new EvaluatedRow(projectOf.get(segment.documentId()), author, segment.documentId(), key.segmentId(),
                    key.revisionNo(), measure == null ? null : measure.words(),
                    measure == null ? readouts.get(key.segmentId()).readout() : null,
                    measure == null ? texts.get(key).text() : null));
        }
        return rows;
    }

    List<CountRow> countsByAuthor(Long projectId) {
        Map<Long, Long> projectOf = projectOfDocuments(projectId);
        List<Annotation> counted = counted(projectOf.keySet());
        Map<RevisionKey, String> authors = segments.revisionAuthors(counted.stream()
                .map(annotation -> new RevisionKey(annotation.segmentId(), annotation.revisionNo())).collect(Collectors.toSet()));
        record Group(long projectId, String author, ErrorCategory category, ErrorSeverity severity) {}
        Map<Group, Integer> groups = new HashMap<>();
        for (Annotation annotation : counted) {
            String author = authors.get(new RevisionKey(annotation.segmentId(), annotation.revisionNo()));
            groups.merge(new Group(projectOf.get(annotation.documentId()), author, annotation.category(),
                    annotation.severity()), 1, Integer::sum);
        }
        return groups.entrySet().stream().map(group -> new CountRow(group.getKey().projectId(), group.getKey().author(),
                group.getKey().category(), group.getKey().severity(), group.getValue())).toList();
    }

    List<TimeRow> timeByEditor(Long projectId) {
        Map<Long, Long> projectOf = projectOfDocuments(projectId);
        record Editor(long projectId, String editor) {}
        Map<Editor, Long> totals = new HashMap<>();
        for (QualityRecords.EditorTime time : records.timeByEditor(projectOf.keySet())) {
            totals.merge(new Editor(projectOf.get(time.documentId()), time.editor()), time.activeMillis(), Long::sum);
        }
        return totals.entrySet().stream().map(total -> new TimeRow(total.getKey().projectId(), total.getKey().editor(),
                total.getValue())).toList();
    }

    /**
     * Per segment of the documents, the evaluated revision: the latest one an active annotation marks, else the one
     * a reviewer approved (and no rejection of it undid).
     */
    private Map<Long, Integer> evaluated(Collection<Long> documentIds) {
        Map<Long, Integer> evaluated = new HashMap<>(review.approvedRevisions(documentIds));
        evaluated.putAll(records.annotatedRevisions(documentIds));
        return evaluated;
    }

    /** Active annotations of the documents' translatable segments that mark the segment's latest annotated revision. */
    private List<Annotation> counted(Collection<Long> documentIds) {
        List<Annotation> active = annotations.active(documentIds);
        Map<Long, Integer> latest = new HashMap<>();
        active.forEach(annotation -> latest.merge(annotation.segmentId(), annotation.revisionNo(), Math::max));
        Set<Long> translatable = translatable(latest.keySet()).keySet();
        return active.stream().filter(annotation -> translatable.contains(annotation.segmentId())
                && latest.get(annotation.segmentId()) == annotation.revisionNo()).toList();
    }

    private Map<Long, SegmentOutline> translatable(Collection<Long> segmentIds) {
        return segments.outlines(segmentIds).stream().filter(SegmentOutline::translatable)
                .collect(Collectors.toMap(SegmentOutline::id, Function.identity()));
    }

    /** The documents in scope (all projects' when {@code projectId} is null), each with its project. */
    private Map<Long, Long> projectOfDocuments(Long projectId) {
        return documents.headersOf(projectId).stream()
                .collect(Collectors.toMap(DocumentHeader::id, DocumentHeader::projectId));
    }

    private static RevisionKey current(SegmentOutline segment) {
        return new RevisionKey(segment.id(), segment.latestRevisionNo());
    }
}
