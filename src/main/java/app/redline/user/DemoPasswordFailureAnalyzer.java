package app.redline.user;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the refusal as Spring Boot's "APPLICATION FAILED TO START" report: what is wrong and what to do. */
class DemoPasswordFailureAnalyzer extends AbstractFailureAnalyzer<DemoPasswordsInProductionException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoPasswordsInProductionException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
