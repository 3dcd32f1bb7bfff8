package app.redline.checks;

public enum Severity {
    ERROR, WARNING, INFO
}
