package app.redline.glossary;

/** A glossary: the global one ({@code projectId} null) or a project's own. */
public record GlossaryInfo(long id, Long projectId, String name, long revision) {

    public boolean global() {
        return projectId == null;
    }
}
