package app.redline.user;

/** What a user may do. A user may hold several roles. */
public enum Role {
    TRANSLATOR("Translator"),
    REVIEWER("Reviewer"),
    GLOSSARY_MANAGER("Glossary manager"),
    ADMIN("Administrator");

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String TRANSLATOR = "TRANSLATOR";
        public static final String REVIEWER = "REVIEWER";
        public static final String GLOSSARY_MANAGER = "GLOSSARY_MANAGER";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
