package app.redline.project;

import app.redline.base.InvalidFieldException;
import app.redline.base.StorableText;
import app.redline.base.UserMessageException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProjectService {

    private final ProjectRepository projects;

    ProjectService(ProjectRepository projects) {
        this.projects = projects;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProjectInfo> list() {
        return projects.findAllByOrderByName().stream().map(Project::info).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProjectInfo get(long id) {
        return projects.findById(id).map(Project::info)
                .orElseThrow(() -> UserMessageException.notFound("There is no project with id " + id + "."));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProjectInfo create(String name, String sourceLanguage, String targetLanguage, boolean startFromEmpty) {
        String projectName = name == null ? "" : name.strip();
        String unstorable = StorableText.problem(projectName);
        if (unstorable != null) {
            throw new InvalidFieldException("name", "The project name " + unstorable + ". Remove that character and try again.");
        }
        if (projectName.isEmpty() || projectName.length() > 200) {
            throw new InvalidFieldException("name", "A project needs a name of 1 to 200 characters.");
        }
        if (projects.existsByName(projectName)) {
            throw new InvalidFieldException("name", "A project named '" + projectName + "' exists already.");
        }
        if (!Languages.SOURCES.contains(sourceLanguage)) {
            throw new InvalidFieldException("sourceLanguage", "Source language must be one of " + Languages.SOURCES + ".");
        }
        if (!Languages.TARGETS.contains(targetLanguage)) {
            throw new InvalidFieldException("targetLanguage", "Target language must be one of " + Languages.TARGETS + ".");
        }
        return projects.save(new Project(projectName, sourceLanguage, targetLanguage, startFromEmpty)).info();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProjectInfo setStartFromEmpty(long id, boolean startFromEmpty) {
        Project project = projects.findById(id)
                .orElseThrow(() -> UserMessageException.notFound("There is no project with id " + id + "."));
        project.setStartFromEmpty(startFromEmpty);
        return project.info();
    }
}
