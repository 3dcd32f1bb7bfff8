package app.redline.editor.ui;

import app.redline.checks.Issue;
import java.util.List;

/** The issues found in one text of a segment: shown only while the segment still has that text. */
record CheckedText(long segmentId, String text, List<Issue> issues) {}
