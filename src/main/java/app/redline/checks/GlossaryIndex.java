package app.redline.checks;

/** Placeholder until the compiled glossary index lands. */
public final class GlossaryIndex {
    public static final GlossaryIndex EMPTY = new GlossaryIndex();
}
