package app.redline.checks.languagetool;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.project.ProjectInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageToolWarmUpTest {

    @Test
    void warmsTheDefaultFirstThenEachProjectsTargetOnce() {
        List<ProjectInfo> projects = List.of(project(1, "de-DE"), project(2, "en-US"), project(3, "fr-FR"),
                project(4, "de-DE"), project(5, "es-ES"));

        assertThat(LanguageToolWarmUp.languagesOf(projects)).containsExactly("en-US", "de-DE", "fr-FR", "es-ES");
    }

    @Test
    void aTargetWithoutLanguageToolDataIsCheckedAndSoWarmedInTheDefault() {
        assertThat(LanguageToolWarmUp.languagesOf(List.of(project(1, "ko-KR")))).containsExactly("en-US");
    }

    private static ProjectInfo project(long id, String target) {
        return new ProjectInfo(id, "Project " + id, "zh-CN", target, false);
    }
}
