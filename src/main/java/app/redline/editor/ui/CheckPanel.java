package app.redline.editor.ui;

import app.redline.checks.CheckRunner;
import app.redline.checks.Issue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The open segment's check results, worst first in reading order, each fix one click away. */
class CheckPanel extends VerticalLayout {

    final Div issues = new Div();
    final Span state = new Span("Open a segment to check it.");
    private final BiConsumer<Issue, String> onFix;
    private final Consumer<Issue> onDismiss;

    CheckPanel(BiConsumer<Issue, String> onFix, Consumer<Issue> onDismiss) {
        this.onFix = onFix;
        this.onDismiss = onDismiss;
        addClassName("check-panel");
        setWidthFull();
        setPadding(false);
        state.addClassName("shortcut-hint");
        add(new H4("Checks"), state, issues);
    }

    void checking() {
        state.setText("Checking…");
    }

    void clear() {
        issues.removeAll();
        state.setText("Open a segment to check it.");
    }

    void show(List<Issue> found, String text) {
        issues.removeAll();
        long problems = found.stream().filter(issue -> !CheckRunner.CHECK_FAILED.equals(issue.ruleId())).count();
        state.setText(problems == 0 ? "No issues." : problems == 1 ? "1 issue" : problems + " issues");
        for (Issue issue : found) {
            issues.add(row(issue, text));
        }
    }

    private Div row(Issue issue, String text) {
        var row = new Div();
        row.addClassNames("check-issue", issue.severity().name());
        var severity = new Span(issue.severity().name().toLowerCase(Locale.ROOT));
        severity.addClassNames("status-badge", "severity-" + issue.severity().name());
        var where = issue.end() > issue.start() && issue.end() <= text.length()
                ? new Span(" “" + text.substring(issue.start(), issue.end()) + "” ") : new Span(" ");
        where.addClassName("check-span");
        row.add(severity, where, new Span(issue.message()));
        boolean placeable = issue.end() > issue.start() && issue.end() <= text.length();
        for (String replacement : issue.replacements()) {
            if (placeable) {
                var fix = new Button(replacement.isEmpty() ? "(remove)" : replacement, click -> onFix.accept(issue, replacement));
                fix.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                fix.addClassName("check-fix");
                row.add(fix);
            } else {
                row.add(new Span(" Use: " + replacement));
            }
        }
        if (!CheckRunner.CHECK_FAILED.equals(issue.ruleId())) {
            var dismiss = new Button("Dismiss…", click -> onDismiss.accept(issue));
            dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            dismiss.addClassName("check-dismiss");
            row.add(dismiss);
        }
        return row;
    }
}
