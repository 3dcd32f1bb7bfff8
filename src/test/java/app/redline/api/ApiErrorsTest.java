package app.redline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.base.InvalidFieldException;
import app.redline.base.UserMessageException;
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
        var problem = errors.refused(new InvalidFieldException("sourceLanguage", "Source language must be one of [zh-CN]."));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties()).containsEntry("field", "sourceLanguage");
    }

    @Test
    void aRefusalAnswersTheStatusOfItsKindWithItsSentence() {
        var problem = errors.refused(UserMessageException.notFound("There is no glossary with id 7."));

        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getTitle()).isEqualTo("Not found");
        assertThat(problem.getDetail()).isEqualTo("There is no glossary with id 7.");
        assertThat(problem.getProperties()).isNull();
    }
}
