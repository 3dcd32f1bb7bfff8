package app.redline.delivery;

/** Where a document stands, derived from its translatable segments and its sign-offs. */
public enum DocumentState {
    /** Some segment is new, a draft or rejected. */
    IN_TRANSLATION("in translation"),
    /** Every segment is submitted or approved, and at least one still waits for a reviewer. */
    IN_REVIEW("in review"),
    /** Every segment is approved; a reviewer may sign the document off. */
    APPROVED("approved"),
    /** Signed off, and no segment changed since. */
    SIGNED_OFF("signed off");

    private final String label;

    DocumentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
