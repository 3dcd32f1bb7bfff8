package app.redline.delivery.ui;

import app.redline.delivery.Assignees;

/** "Translators: a, b · Reviewers: c" for a grid cell; empty when nobody is assigned. */
final class AssigneeText {

    private AssigneeText() {}

    static String of(Assignees assignees) {
        String translators = assignees.translators().isEmpty() ? "" : "Translators: " + String.join(", ", assignees.translators());
        String reviewers = assignees.reviewers().isEmpty() ? "" : "Reviewers: " + String.join(", ", assignees.reviewers());
        return translators.isEmpty() || reviewers.isEmpty() ? translators + reviewers : translators + " · " + reviewers;
    }
}
