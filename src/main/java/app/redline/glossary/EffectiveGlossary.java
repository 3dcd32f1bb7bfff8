package app.redline.glossary;

import java.util.List;

/**
 * The concepts that apply in one project: its own glossary's, plus the global glossary's that do not share a
 * term with them (the project's own wins on conflict). {@code revisionKey} changes whenever either glossary
 * changes, so check results can be cached by it.
 */
public record EffectiveGlossary(String revisionKey, List<ConceptData> concepts) {}
