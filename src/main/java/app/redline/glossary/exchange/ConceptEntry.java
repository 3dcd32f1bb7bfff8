package app.redline.glossary.exchange;

import java.util.List;

/**
 * One concept as exchange files carry it (a TBX termEntry, or the CSV rows sharing a concept id).
 *
 * @param externalId the file's own id for the concept (TBX termEntry id, CSV concept_id); may be blank
 */
public record ConceptEntry(String externalId, String subjectField, String definition, String note, List<TermEntry> terms) {}
