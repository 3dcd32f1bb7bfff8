package app.redline.api;

import app.redline.document.RevisionSnapshot;
import app.redline.document.SegmentService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/segments")
class SegmentsController {

    private final SegmentService segments;

    SegmentsController(SegmentService segments) {
        this.segments = segments;
    }

    record SegmentUpdate(@NotNull String cleanText, @NotNull Long expectedVersion) {}

    @GetMapping("/{segmentId}")
    DocumentsController.SegmentItem get(@PathVariable long segmentId) {
        return DocumentsController.SegmentItem.of(segments.get(segmentId));
    }

    @Operation(summary = "Save a new clean version; 409 with the current version if someone saved since expectedVersion")
    @PutMapping("/{segmentId}")
    DocumentsController.SegmentItem update(@PathVariable long segmentId, @Valid @RequestBody SegmentUpdate update) {
        return DocumentsController.SegmentItem.of(
                segments.save(segmentId, update.cleanText(), update.expectedVersion()));
    }

    @Operation(summary = "The segment's clean versions, newest first; an approval names one of these revisionNo")
    @GetMapping("/{segmentId}/revisions")
    List<RevisionSnapshot> revisions(@PathVariable long segmentId) {
        segments.get(segmentId); // an unknown segment is a 404, not an empty history
        return segments.history(segmentId);
    }
}
