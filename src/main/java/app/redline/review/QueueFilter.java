package app.redline.review;

/**
 * Narrows the review queue: only segments rejected before, only one translator's (null: anyone's), only those whose
 * stored check result has issues of a severity, only documents assigned to me.
 */
public record QueueFilter(boolean rejectedBefore, String translator, Issues issues, boolean mineOnly) {

    /** Which stored check issues a queued segment must have. */
    public enum Issues {
        ANY("Any issues or none"),
        ERRORS_OR_WARNINGS("Has errors or warnings"),
        ERRORS("Has errors");

        private final String label;

        Issues(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final QueueFilter ALL = new QueueFilter(false, null);

    public QueueFilter {
        issues = issues == null ? Issues.ANY : issues;
    }

    public QueueFilter(boolean rejectedBefore, String translator) {
        this(rejectedBefore, translator, Issues.ANY, false);
    }
}
