package app.redline.api;

import app.redline.delivery.DocumentExport;
import app.redline.delivery.DocumentProgress;
import app.redline.delivery.SignOff;
import app.redline.delivery.SignOffService;
import app.redline.delivery.XliffExport;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/documents/{documentId}")
class DocumentStatusController {

    private final SignOffService signOffs;
    private final DocumentExport export;
    private final XliffExport xliff;

    DocumentStatusController(SignOffService signOffs, DocumentExport export, XliffExport xliff) {
        this.signOffs = signOffs;
        this.export = export;
        this.xliff = xliff;
    }

    record StatusItem(long documentId, String state, int translatable, int approved, Map<String, Integer> counts) {
        static StatusItem of(DocumentProgress progress) {
            return new StatusItem(progress.documentId(), progress.state().name(), progress.translatable(),
                    progress.approved(), progress.counts().entrySet().stream().collect(Collectors.toMap(
                            entry -> entry.getKey().name(), Map.Entry::getValue)));
        }
    }

    record SignOffItem(long id, long documentId, String signedBy, Instant signedAt, int approvedSegments) {
        static SignOffItem of(SignOff signOff) {
            return new SignOffItem(signOff.id(), signOff.documentId(), signOff.signedBy(), signOff.signedAt(),
                    signOff.approvedSegments());
        }
    }

    @Operation(summary = "Translatable segments by status and the document's state")
    @GetMapping("/status")
    StatusItem status(@PathVariable long documentId) {
        return StatusItem.of(signOffs.progress(documentId));
    }

    @Operation(summary = "Sign the document off (reviewers); 409 unless every translatable segment is approved")
    @PostMapping("/sign-off")
    SignOffItem signOff(@PathVariable long documentId) {
        return SignOffItem.of(signOffs.signOff(documentId));
    }

    @Operation(summary = "The clean text, paragraphs kept; starts with a DRAFT line unless signed off")
    @GetMapping("/export.txt")
    ResponseEntity<byte[]> plainText(@PathVariable long documentId) {
        return Downloads.of(export.plainText(documentId));
    }

    @Operation(summary = "Readout and clean text side by side as CSV; the file name says -draft unless signed off")
    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable long documentId) {
        return Downloads.of(export.csv(documentId));
    }

    @Operation(summary = "The document as XLIFF 2.0: clean text as target, status as state/subState; draft unless signed off")
    @GetMapping("/export.xlf")
    ResponseEntity<byte[]> xliff(@PathVariable long documentId) {
        return Downloads.of(xliff.xliff(documentId));
    }
}
