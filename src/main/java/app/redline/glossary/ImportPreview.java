package app.redline.glossary;

import java.util.List;

/**
 * What an import would do, computed before anything is written: new concepts, concepts already there
 * unchanged, and conflicts with existing concepts that the glossary manager resolves one by one.
 */
public record ImportPreview(long glossaryId, long glossaryRevision, List<Item> items) {

    public enum Kind { NEW, UNCHANGED, CONFLICT }

    /** How a conflict is resolved: keep the existing concept, replace its terms, or add the new terms to it. */
    public enum Resolution { KEEP, REPLACE, MERGE }

    public record Item(int index, Kind kind, ConceptData incoming, ConceptData existing, List<String> differences) {}

    public long count(Kind kind) {
        return items.stream().filter(item -> item.kind() == kind).count();
    }

    public List<Item> conflicts() {
        return items.stream().filter(item -> item.kind() == Kind.CONFLICT).toList();
    }
}
