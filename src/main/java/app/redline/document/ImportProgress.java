package app.redline.document;

/** Reports how far an import got, for a progress bar. Called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (step, done, total) -> {};

    void update(String step, int done, int total);
}
