package app.redline.editor.ui;

import app.redline.quality.AnnotationService;
import app.redline.quality.EditingTimeService;
import org.springframework.stereotype.Component;

/** What the editor records for the quality reports: error marks on revisions, and active editing time per save. */
@Component
record QualityMeasures(AnnotationService annotations, EditingTimeService editingTimes) {}
