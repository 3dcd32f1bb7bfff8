package app.redline.glossary;

/**
 * The revisions of the two glossaries a project's checks use: the global one and the project's own (revision 0
 * while the project has none, which is the same as an empty one). Check results are valid for one pair.
 */
public record GlossaryRevisions(long globalId, long global, Long projectGlossaryId, long project) {

    /** One string naming the pair, for cache keys ("g1.12-p3.4"). */
    public String key() {
        return "g" + globalId + "." + global + (projectGlossaryId == null ? "" : "-p" + projectGlossaryId + "." + project);
    }
}
