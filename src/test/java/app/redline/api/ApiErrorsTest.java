package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.base.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Refusals that are hard to provoke over HTTP, answered as problems a script can act on. */
class ApiErrorsTest {

    private final ApiErrors errors = new ApiErrors();

    @Test
    void twoSavesOfOneRowAtTheSameMomentAnswer409ForTheLaterOne() {
        var problem = errors.raced(new ObjectOptimisticLockingFailureException("Concept", 7L));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).contains("at the same moment").doesNotContain("Concept", "7");
    }

    @Test
    void invalidInputNamesItsField() {
        var problem = errors.invalid(new InvalidFieldException("sourceLanguage", "Source language must be one of [zh-CN]."));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties()).containsEntry("field", "sourceLanguage");
    }
}
