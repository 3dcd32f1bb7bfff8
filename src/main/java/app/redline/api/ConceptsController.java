package app.redline.api;

import app.redline.base.InvalidFieldException;
import app.redline.glossary.ConceptData;
import app.redline.glossary.GlossaryService;
import app.redline.glossary.MatchMode;
import app.redline.glossary.TermChange;
import app.redline.glossary.TermData;
import app.redline.glossary.TermStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Concepts one by one, through the service the glossary screen uses: the same rules (422 listing every problem), the
 * same version check (409) and the same change log.
 */
@RestController
@RequestMapping("/api/v1")
class ConceptsController {

    private final GlossaryService glossaries;

    ConceptsController(GlossaryService glossaries) {
        this.glossaries = glossaries;
    }

    record TermBody(@Schema(description = "Set to keep an existing term (its history continues); null for a new one") Long id,
                    String language, String text,
                    @Schema(description = "Default ADMITTED") TermStatus status,
                    Boolean caseSensitive,
                    @Schema(description = "Default SUBSTRING for Chinese and Japanese, else WHOLE_WORD") MatchMode matchMode,
                    String partOfSpeech, String note, String authority) {

        TermData data() {
            return new TermData(id, language, text, status, Boolean.TRUE.equals(caseSensitive), matchMode,
                    partOfSpeech, note, authority);
        }
    }

    record ConceptBody(String subjectField, String definition, String note, List<TermBody> terms,
                       @Schema(description = "For a change: the version the concept was read at") Long version) {

        ConceptData data(Long id, long glossaryId, long version) {
            List<TermData> data = new ArrayList<>();
            for (int index = 0; terms != null && index < terms.size(); index++) {
                if (terms.get(index) == null) {
                    throw new InvalidFieldException("terms[" + index + "]", "Term " + (index + 1) + " is empty: "
                            + "send its language and text, or leave it out.");
                }
                data.add(terms.get(index).data());
            }
            return new ConceptData(id, glossaryId, subjectField, definition, note, data, null, null, version);
        }
    }

    @Operation(summary = "Create a concept with its terms (glossary managers, administrators); 422 lists every broken rule")
    @PostMapping("/glossaries/{glossaryId}/concepts")
    @ResponseStatus(HttpStatus.CREATED)
    ConceptData create(@PathVariable long glossaryId, @RequestBody ConceptBody concept) {
        return glossaries.save(concept.data(null, glossaryId, 0));
    }

    @Operation(summary = "One concept with its terms and version")
    @GetMapping("/concepts/{conceptId}")
    ConceptData get(@PathVariable long conceptId) {
        return glossaries.concept(conceptId);
    }

    @Operation(summary = "Replace a concept's fields and terms (glossary managers, administrators); 409 unless version is "
            + "still the concept's, 422 lists every broken rule")
    @PutMapping("/concepts/{conceptId}")
    ConceptData update(@PathVariable long conceptId, @RequestBody ConceptBody concept) {
        if (concept.version() == null) {
            throw new InvalidFieldException("version", "Send the version you read the concept at, so that a change "
                    + "made meanwhile is refused rather than overwritten.");
        }
        long glossaryId = glossaries.concept(conceptId).glossaryId(); // a concept stays in its glossary
        return glossaries.save(concept.data(conceptId, glossaryId, concept.version()));
    }

    @Operation(summary = "Delete a concept (glossary managers, administrators); 409 unless version is still the concept's")
    @DeleteMapping("/concepts/{conceptId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long conceptId, @RequestParam long version) {
        glossaries.delete(conceptId, version);
    }

    @Operation(summary = "The concept's change log, as the History button shows it; kept after the concept is deleted")
    @GetMapping("/concepts/{conceptId}/history")
    List<TermChange> history(@PathVariable long conceptId) {
        return glossaries.conceptHistory(conceptId);
    }
}
