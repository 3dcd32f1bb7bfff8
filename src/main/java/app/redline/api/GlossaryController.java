package app.redline.api;

import app.redline.base.UserMessageException;
import app.redline.glossary.ConceptData;
import app.redline.glossary.ConceptFilter;
import app.redline.glossary.GlossaryImportService;
import app.redline.glossary.GlossaryInfo;
import app.redline.glossary.GlossaryService;
import app.redline.glossary.ImportPreview;
import app.redline.glossary.ImportSummary;
import app.redline.glossary.TermStatus;
import app.redline.glossary.exchange.ConceptEntry;
import app.redline.glossary.exchange.CsvGlossaryWriter;
import app.redline.glossary.exchange.TbxWriter;
import io.swagger.v3.oas.annotations.Operation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/glossaries")
class GlossaryController {

    private final GlossaryService glossaries;
    private final GlossaryImportService importer;

    GlossaryController(GlossaryService glossaries, GlossaryImportService importer) {
        this.glossaries = glossaries;
        this.importer = importer;
    }

    record ImportResponse(boolean applied, long newConcepts, long unchanged, long conflicts, ImportSummary summary) {}

    @GetMapping
    List<GlossaryInfo> list() {
        return glossaries.glossaries();
    }

    @Operation(summary = "Search concepts: q matches the start of a term, or anywhere with contains=true")
    @GetMapping("/{glossaryId}/concepts")
    List<ConceptData> concepts(@PathVariable long glossaryId,
                               @RequestParam(required = false) String q,
                               @RequestParam(defaultValue = "false") boolean contains,
                               @RequestParam(required = false) String language,
                               @RequestParam(required = false) TermStatus status,
                               @RequestParam(required = false) String subject,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw UserMessageException.invalid("page must be 0 or more and size between 1 and 500.");
        }
        long offset = (long) page * size;
        if (offset > Integer.MAX_VALUE) {
            return List.of(); // far past any glossary's end; page * size would overflow into a negative offset
        }
        return glossaries.concepts(glossaryId, new ConceptFilter(q, contains, language, status, subject, null),
                (int) offset, size);
    }

    @Operation(summary = "Export the glossary as CSV (format=csv) or TBX-Basic (format=tbx)")
    @GetMapping("/{glossaryId}/export")
    ResponseEntity<byte[]> export(@PathVariable long glossaryId, @RequestParam(defaultValue = "tbx") String format)
            throws IOException {
        List<ConceptEntry> concepts = importer.export(glossaryId);
        var out = new ByteArrayOutputStream();
        boolean csv = "csv".equals(format.toLowerCase(Locale.ROOT));
        if (csv) {
            CsvGlossaryWriter.write(concepts, out);
        } else if ("tbx".equals(format.toLowerCase(Locale.ROOT))) {
            TbxWriter.write(concepts, "zh-CN", out);
        } else {
            throw UserMessageException.invalid("format is csv or tbx.");
        }
        String fileName = "glossary-" + glossaryId + (csv ? ".csv" : ".tbx");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .contentType(csv ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : MediaType.APPLICATION_XML)
                .body(out.toByteArray());
    }

    @Operation(summary = "Import TBX or CSV (glossary managers). dryRun=true only previews; conflicts=keep|replace|merge")
    @PostMapping(path = "/{glossaryId}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResponse importFile(@PathVariable long glossaryId, @RequestParam("file") MultipartFile file,
                              @RequestParam(defaultValue = "false") boolean dryRun,
                              @RequestParam(defaultValue = "keep") String conflicts) throws IOException {
        ImportPreview.Resolution resolution = resolution(conflicts);
        ImportPreview preview = importer.preview(glossaryId, importer.read(file.getOriginalFilename(), file.getInputStream()));
        ImportSummary summary = null;
        if (!dryRun) {
            Map<Integer, ImportPreview.Resolution> choices = new HashMap<>();
            preview.conflicts().forEach(item -> choices.put(item.index(), resolution));
            summary = importer.apply(preview, choices);
        }
        return new ImportResponse(!dryRun, preview.count(ImportPreview.Kind.NEW), preview.count(ImportPreview.Kind.UNCHANGED),
                preview.count(ImportPreview.Kind.CONFLICT), summary);
    }

    private static ImportPreview.Resolution resolution(String conflicts) {
        return Arrays.stream(ImportPreview.Resolution.values())
                .filter(choice -> choice.name().equalsIgnoreCase(conflicts.strip()))
                .findFirst()
                .orElseThrow(() -> UserMessageException.invalid("conflicts is one of "
                        + Arrays.stream(ImportPreview.Resolution.values())
                                .map(choice -> choice.name().toLowerCase(Locale.ROOT)).toList()
                        + "; '" + conflicts + "' is not."));
    }
}
