package app.redline.api;

import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects")
class ProjectsController {

    private final ProjectService projects;

    ProjectsController(ProjectService projects) {
        this.projects = projects;
    }

    record ProjectItem(long id, String name,
                       @Schema(description = "Language of the machine readout, e.g. zh-CN") String sourceLanguage,
                       @Schema(description = "Language of the clean version, e.g. en-US") String targetLanguage,
                       @Schema(description = "Whether post-editing starts from an empty clean version instead of the readout")
                       boolean startFromEmpty) {
        static ProjectItem of(ProjectInfo project) {
            return new ProjectItem(project.id(), project.name(), project.sourceLanguage(), project.targetLanguage(),
                    project.startFromEmpty());
        }
    }

    record NewProject(
            @Schema(description = "1 to 200 characters, unique") String name,
            @Schema(description = "A supported readout language such as zh-CN; a 400 lists them") String sourceLanguage,
            @Schema(description = "A language LanguageTool checks here, such as en-US; a 400 lists them") String targetLanguage,
            @Schema(description = "Default false") Boolean startFromEmpty) {}

    @Operation(summary = "All projects by name, for everyone signed in")
    @GetMapping
    List<ProjectItem> list() {
        return projects.list().stream().map(ProjectItem::of).toList();
    }

    @Operation(summary = "Create a project (administrators); 400 naming the field when the name or a language is not accepted")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ProjectItem create(@RequestBody NewProject project) {
        return ProjectItem.of(projects.create(project.name(), project.sourceLanguage(), project.targetLanguage(),
                Boolean.TRUE.equals(project.startFromEmpty())));
    }

    @Operation(summary = "One project")
    @GetMapping("/{projectId}")
    ProjectItem get(@PathVariable long projectId) {
        return ProjectItem.of(projects.get(projectId));
    }
}
