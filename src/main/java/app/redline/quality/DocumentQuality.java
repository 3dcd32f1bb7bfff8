package app.redline.quality;

import java.util.List;

/**
 * A document's quality report. Per translatable segment, the evaluated revision is the latest revision carrying an
 * active annotation; a segment without any counts as evaluated and error-free once a revision of it was approved
 * (and not rejected since). Errors keep counting against the revision they were marked on after it is fixed: the
 * score measures translations as delivered for review, not the reviewers' corrections.
 *
 * @param countedAnnotations the active annotations on evaluated revisions, in reading order
 * @param segments           post-editing effort of each edited segment, in reading order
 */
public record DocumentQuality(long documentId, String title, long projectId, QualityWeights weights,
                              int evaluatedSegments, QualityScore score, ErrorCounts counts,
                              List<Annotation> countedAnnotations, PostEditingEffort effort, List<SegmentEffort> segments) {}
