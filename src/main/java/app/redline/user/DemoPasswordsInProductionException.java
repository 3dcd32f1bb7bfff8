package app.redline.user;

import java.util.List;

/** The production profile found enabled accounts with the demo password; the message says which and what to do. */
public class DemoPasswordsInProductionException extends IllegalStateException {

    private final List<String> accounts;

    DemoPasswordsInProductionException(List<String> accounts) {
        super("Redline does not start with the production profile while enabled accounts have the demo password '"
                + UserBootstrap.DEMO_PASSWORD + "', which anyone can guess: " + String.join(", ", accounts) + ".");
        this.accounts = List.copyOf(accounts);
    }

    public List<String> accounts() {
        return accounts;
    }

    /** What the operator does about it. */
    public String action() {
        String names = String.join(", ", accounts);
        String change = accounts.size() == 1 ? "give " + names + " a new password or disable the account"
                : "give " + names + " new passwords or disable those accounts";
        return "Start Redline once without the production profile on the same database, sign in as an administrator "
                + "and under Users " + change + "; then start with the production profile again.";
    }
}
