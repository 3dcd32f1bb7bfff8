package app.redline.review;

import app.redline.checks.Issue;
import app.redline.document.RevisionSnapshot;
import app.redline.document.SegmentSnapshot;
import java.util.List;

/**
 * A queued segment as the reviewer opens it: its latest revision (now recorded as seen by them), the target
 * language for a word diff, and the open check issues of the saved text.
 */
public record QueueDetail(SegmentSnapshot segment, RevisionSnapshot revision, String targetLanguage, List<Issue> issues) {}
