package app.redline.glossary;

/**
 * How a term may be used (TBX administrativeStatus / normativeAuthorization). Forbidden terms are the known
 * bad renderings, machine translation's among them, that checks flag with the preferred term as the fix.
 */
public enum TermStatus {
    PREFERRED("Preferred"),
    ADMITTED("Admitted"),
    DEPRECATED("Deprecated"),
    FORBIDDEN("Forbidden");

    private final String label;

    TermStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Terms a clean text may use. */
    public boolean approved() {
        return this == PREFERRED || this == ADMITTED;
    }
}
