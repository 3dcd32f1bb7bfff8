package app.redline.glossary;

import java.util.List;

/**
 * Published when a glossary's concepts change (a save, a delete, an import), within the changing transaction.
 * {@code touched} holds the concepts as they were and as they are now, so listeners can tell which texts the
 * change can matter to; {@code projectId} is null for the global glossary.
 */
public record GlossaryChanged(long glossaryId, Long projectId, long revisionBefore, long revisionAfter,
                              List<ConceptData> touched) {

    public GlossaryChanged {
        touched = List.copyOf(touched);
    }
}
