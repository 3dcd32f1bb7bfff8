package app.redline.quality;

import app.redline.document.DocumentHeader;
import app.redline.quality.RevisionMeasures.Measure;
import app.redline.quality.RevisionMeasures.Measured;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link DocumentQuality} from the rows {@link QualityQueries} read, measuring the revisions not measured
 * before; {@link #fresh()} lists those, for keeping.
 */
final class DocumentReport {

    private final WordTokens tokens;
    private final List<Measured> fresh = new ArrayList<>();

    DocumentReport(WordTokens tokens) {
        this.tokens = tokens;
    }

    DocumentQuality build(DocumentHeader document, QualityWeights weights, List<QualityQueries.SegmentRow> rows,
                          List<Annotation> counted) {
        var counts = new ErrorCounts();
        counted.forEach(annotation -> counts.add(annotation.category(), annotation.severity(), 1));
        List<SegmentEffort> efforts = new ArrayList<>();
        long words = 0;
        int evaluated = 0;
        long edits = 0;
        long referenceTokens = 0;
        long activeMillis = 0;
        for (QualityQueries.SegmentRow row : rows) {
            Measure current = row.current() != null ? row.current()
                    : measure(row.id(), row.currentRevision(), row.readout(), row.cleanText());
            if (row.edited()) {
                efforts.add(new SegmentEffort(row.id(), row.position(), current.edits(), current.tokens(), row.activeMillis()));
                edits += current.edits();
                referenceTokens += current.tokens();
            }
            activeMillis += row.activeMillis();
            if (row.evaluatedRevision() != null) {
                evaluated++;
                Measure measure = row.evaluated() != null ? row.evaluated()
                        : row.evaluatedRevision() == row.currentRevision() ? current
                        : measure(row.id(), row.evaluatedRevision(), row.readout(), row.evaluatedText());
                words += measure.words();
            }
        }
        var score = new QualityScore(counts.penaltyPoints(weights), words, weights.threshold());
        var effort = new PostEditingEffort(efforts.size(), edits, referenceTokens, activeMillis);
        return new DocumentQuality(document.id(), document.title(), document.projectId(), weights, evaluated, score,
                counts, List.copyOf(counted), effort, List.copyOf(efforts));
    }

    List<Measured> fresh() {
        return fresh;
    }

    private Measure measure(long segmentId, int revisionNo, String readout, String text) {
        Measure measure = RevisionMeasures.measure(tokens, readout, text);
        fresh.add(new Measured(segmentId, revisionNo, measure));
        return measure;
    }
}
