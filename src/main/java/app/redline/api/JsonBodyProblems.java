package app.redline.api;

import java.util.Arrays;
import java.util.Collection;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON body that does not fit the request: the answer names the field by its path in the body ("terms[1].status")
 * and what it expects, never a Java class name.
 */
final class JsonBodyProblems {

    private JsonBodyProblems() {}

    static ProblemDetail of(HttpMessageNotReadableException unreadable) {
        if (!(unreadable.getMostSpecificCause() instanceof JacksonException json) || json.getPath().isEmpty()) {
            return RequestShapeErrors.problem(HttpStatus.BAD_REQUEST, "Unreadable body",
                    "The request body is missing or is not valid JSON.");
        }
        String field = path(json);
        String expected = json instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                ? " must be " + expected(mismatch.getTargetType()) : " has a value of the wrong kind";
        String given = json instanceof InvalidFormatException format ? "; '" + format.getValue() + "' is not" : "";
        ProblemDetail problem = RequestShapeErrors.problem(HttpStatus.BAD_REQUEST, "Invalid field",
                "The field '" + field + "'" + expected + given + ".");
        problem.setProperty("field", field);
        return problem;
    }

    /** What a value of the type looks like, in words a script author knows. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "of another kind";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number" + (type == int.class || type == Integer.class ? " up to " + Integer.MAX_VALUE : "");
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static String path(JacksonException json) {
        var path = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
