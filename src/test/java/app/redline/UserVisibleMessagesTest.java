package app.redline;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.base.UserMessageException;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Only sentences written for users reach them: the application reads an exception's message only from a
 * {@link UserMessageException}, except in the few places listed here, each with the reason its message is fit to show.
 */
class UserVisibleMessagesTest {

    /** Reading class -> the exception type it reads the message of. */
    private static final Map<String, Set<String>> FIT_TO_SHOW = Map.of(
            // Spring's generic "Access Denied" is replaced there; otherwise the sentence the application threw.
            "app.redline.security.AccessDeniedReasons",
            Set.of("org.springframework.security.access.AccessDeniedException"),
            // ApiTokenService's sentence saying when the token expired.
            "app.redline.security.BearerTokenFilter",
            Set.of("org.springframework.security.authentication.CredentialsExpiredException"),
            // ThrottledAuthenticationProvider's sentence saying when to try again.
            "app.redline.security.ProblemAuthenticationEntryPoint",
            Set.of("org.springframework.security.authentication.LockedException"),
            "app.redline.security.ui.LoginView", Set.of("org.springframework.security.authentication.LockedException"),
            // Tells the operator at start-up, not a user, what to change.
            "app.redline.user.DemoPasswordFailureAnalyzer",
            Set.of("app.redline.user.DemoPasswordsInProductionException"),
            // The parsers' own words about the uploaded file (line, column, what is wrong), inside our sentence.
            "app.redline.glossary.exchange.CsvGlossaryReader", Set.of("java.lang.Throwable"),
            "app.redline.glossary.exchange.TbxReader", Set.of("javax.xml.stream.XMLStreamException"));

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("app.redline");

    @Test
    void noOtherExceptionsMessageIsRead() {
        List<String> reads = APPLICATION.stream()
                .flatMap(type -> type.getMethodCallsFromSelf().stream())
                .filter(UserVisibleMessagesTest::readsAMessage)
                .filter(call -> !call.getTargetOwner().isAssignableTo(UserMessageException.class))
                .filter(call -> !FIT_TO_SHOW.getOrDefault(outermost(call), Set.of())
                        .contains(call.getTargetOwner().getName()))
                .map(call -> call.getDescription())
                .toList();

        assertThat(reads).as("messages of exceptions not written for users").isEmpty();
    }

    @Test
    void theListedReadsStillExist() {
        FIT_TO_SHOW.forEach((reader, types) -> assertThat(APPLICATION.stream()
                .flatMap(type -> type.getMethodCallsFromSelf().stream())
                .filter(UserVisibleMessagesTest::readsAMessage)
                .filter(call -> outermost(call).equals(reader))
                .map(call -> call.getTargetOwner().getName()))
                .as(reader).containsAll(types));
    }

    private static boolean readsAMessage(JavaMethodCall call) {
        return (call.getName().equals("getMessage") || call.getName().equals("getLocalizedMessage"))
                && call.getTargetOwner().isAssignableTo(Throwable.class);
    }

    private static String outermost(JavaMethodCall call) {
        String name = call.getOriginOwner().getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
