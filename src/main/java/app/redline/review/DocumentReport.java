package app.redline.review;

import app.redline.document.DocumentHeader;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link DocumentQuality} from the rows {@link QualityQueries} read: tokenising, diffing and summing. */
final class DocumentReport {

    private final WordTokens tokens;

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
            List<String> clean = null;
            if (row.edited()) {
                clean = tokens.tokens(row.cleanText());
                int segmentEdits = WordEdits.between(tokens.tokens(row.readout()), clean);
                efforts.add(new SegmentEffort(row.id(), row.position(), segmentEdits, clean.size(), row.activeMillis()));
                edits += segmentEdits;
                referenceTokens += clean.size();
            }
            activeMillis += row.activeMillis();
            if (row.evaluatedRevision() != null) {
                evaluated++;
                if (row.evaluatedText() != null) {
                    words += tokens.words(row.evaluatedText());
                } else {
                    words += WordTokens.words(clean != null ? clean : tokens.tokens(row.cleanText()));
                }
            }
        }
        var score = new QualityScore(counts.penaltyPoints(weights), words, weights.threshold());
        var effort = new PostEditingEffort(efforts.size(), edits, referenceTokens, activeMillis);
        return new DocumentQuality(document.id(), document.title(), document.projectId(), weights, evaluated, score,
                counts, List.copyOf(counted), effort, List.copyOf(efforts));
    }
}
