package app.redline.quality;

import app.redline.project.ProjectInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the per-translator rows: evaluated words, counted errors and editing time, per translator and project. */
final class TranslatorReport {

    private record Key(long projectId, String translator) {}

    private static final class Totals {
        final Set<Long> documents = new HashSet<>();
        final ErrorCounts counts = new ErrorCounts();
        int segments;
        long words;
        long activeMillis;
    }

    private final Map<Long, ProjectInfo> projects = new HashMap<>();
    private final Map<Long, QualityWeights> weights;
    private final List<RevisionMeasures.Measured> fresh = new ArrayList<>();

    TranslatorReport(List<ProjectInfo> scope, Map<Long, QualityWeights> weights) {
        scope.forEach(project -> projects.put(project.id(), project));
        this.weights = weights;
    }

    List<TranslatorQuality> build(List<QualityQueries.EvaluatedRow> evaluated, List<QualityQueries.CountRow> counts,
                                  List<QualityQueries.TimeRow> times) {
        var totals = new HashMap<Key, Totals>();
        var tokens = new HashMap<String, WordTokens>();
        for (QualityQueries.EvaluatedRow row : evaluated) {
            ProjectInfo project = projects.get(row.projectId());
            if (project == null) {
                continue;
            }
            Totals total = totals.computeIfAbsent(new Key(row.projectId(), row.author()), key -> new Totals());
            total.documents.add(row.documentId());
            total.segments++;
            if (row.words() != null) {
                total.words += row.words();
            } else {
                var measure = RevisionMeasures.measure(
                        tokens.computeIfAbsent(project.targetLanguage(), WordTokens::new), row.readout(), row.text());
                fresh.add(new RevisionMeasures.Measured(row.segmentId(), row.revisionNo(), measure));
                total.words += measure.words();
            }
        }
        for (QualityQueries.CountRow row : counts) {
            totals.computeIfAbsent(new Key(row.projectId(), row.author()), key -> new Totals())
                    .counts.add(row.category(), row.severity(), row.count());
        }
        for (QualityQueries.TimeRow row : times) {
            totals.computeIfAbsent(new Key(row.projectId(), row.editor()), key -> new Totals()).activeMillis += row.activeMillis();
        }
        List<TranslatorQuality> rows = new ArrayList<>();
        totals.forEach((key, total) -> {
            ProjectInfo project = projects.get(key.projectId());
            if (project == null) {
                return;
            }
            QualityWeights projectWeights = weights.getOrDefault(key.projectId(), QualityWeights.DEFAULT);
            var score = new QualityScore(total.counts.penaltyPoints(projectWeights), total.words, projectWeights.threshold());
            rows.add(new TranslatorQuality(key.translator(), key.projectId(), project.name(), total.documents.size(),
                    total.segments, score, total.counts, total.activeMillis));
        });
        rows.sort(Comparator.comparing(TranslatorQuality::translator).thenComparing(TranslatorQuality::projectName));
        return rows;
    }

    /** Revisions measured while building, for keeping. */
    List<RevisionMeasures.Measured> fresh() {
        return fresh;
    }
}
