package app.redline.editor.ui;

import app.redline.checks.Issue;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Check issues underlined inside the segment editor. The browser side (frontend/scripts/inline-marks.js) lays a
 * transparent copy of the text over the textarea; this side tells it which spans of which text to underline.
 */
@Tag("redline-issue-marks")
@JavaScript("context://scripts/inline-marks.js")
class InlineMarks extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private List<Issue> shown = List.of();

    /** Underlines the issues found in {@code text}; the browser moves them along if the field changed since. */
    void show(String text, List<Issue> issues) {
        shown = issues.stream().filter(issue -> underlinable(issue, text)).toList();
        var marks = shown.stream()
                .map(issue -> Map.of("start", issue.start(), "end", issue.end(),
                        "severity", issue.severity().name(), "message", issue.message()))
                .toList();
        getElement().setProperty("marks", JSON.writeValueAsString(Map.of("text", text, "issues", marks)));
    }

    /** A span inside the text; not the whole text ("not post-edited yet" is about the segment, not a phrase). */
    static boolean underlinable(Issue issue, String text) {
        return issue.end() > issue.start() && issue.end() <= text.length()
                && !(issue.start() == 0 && issue.end() == text.length());
    }

    void clear() {
        shown = List.of();
        getElement().setProperty("marks", "{}");
    }

    /** The issues underlined now (server view), for tests and for the panel to agree with. */
    List<Issue> shown() {
        return shown;
    }
}
