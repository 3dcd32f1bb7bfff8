package app.redline.base;

/**
 * Input a service refuses, naming the field it came in as (the service's parameter and the API body's property), so
 * a screen can mark that field and the API can tell a script which value to fix.
 */
public class InvalidFieldException extends UserMessageException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(Kind.INVALID, message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
