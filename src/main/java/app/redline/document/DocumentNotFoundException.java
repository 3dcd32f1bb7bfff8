package app.redline.document;

import java.util.NoSuchElementException;

public class DocumentNotFoundException extends NoSuchElementException {

    public DocumentNotFoundException(String what, long id) {
        super("There is no " + what + " with id " + id + ".");
    }
}
