package app.redline.quality;

/**
 * One translator's quality in one project: the revisions they wrote that reviewers evaluated (see
 * {@link DocumentQuality}), scored with the project's weights and threshold, and their recorded editing time.
 */
public record TranslatorQuality(String translator, long projectId, String projectName, int documents,
                                int evaluatedSegments, QualityScore score, ErrorCounts counts, long activeMillis) {}
