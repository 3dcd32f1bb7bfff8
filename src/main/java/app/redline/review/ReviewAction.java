package app.redline.review;

/** What a user does to a segment in review. Editing is not here: every save is a revision and makes a draft. */
public enum ReviewAction {
    SUBMIT("Submit"),
    APPROVE("Approve"),
    REJECT("Reject");

    private final String label;

    ReviewAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
